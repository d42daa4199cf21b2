public import JSON
import Wire

/// Mirror mode's check of an eMSP's receiver interfaces (OCPI 2.2.1 §8.2.2 locations, §9.2.2
/// sessions, §10.2.2 CDRs, §11.2.2 tariffs): RoamGate, playing the CPO, pushes each object and reads
/// it back from the eMSP. What each push and read-back gave is observed, not judged: a refusal, a
/// missing `Location` or a changed object is data for the checks.
public struct EMSPReceiverProbe: Sendable {
    /// One object pushed to the eMSP and what came of it.
    public struct Observation: Sendable, Hashable {
        /// `locations`, `sessions`, `cdrs` or `tariffs`.
        public var module: String
        /// `country_code/party_id/id` of the object.
        public var key: String
        /// Nil when the push succeeded (HTTP 2xx, status_code 1000); else why not.
        public var pushError: ExternalRunError?
        /// Whether the eMSP gave the object back unchanged; nil when it could not be read back.
        public var readBackUnchanged: Bool?
        /// Why reading back failed, if it did.
        public var readBackError: ExternalRunError?
    }

    public var remote: OCPIRemote
    /// The eMSP's 2.2.1 endpoints (`locations.RECEIVER`, …), from its version details.
    public var endpoints: [String: String]
    /// The credentials token the eMSP gave RoamGate.
    public var token: String

    public init(remote: OCPIRemote, endpoints: [String: String], token: String) {
        self.remote = remote
        self.endpoints = endpoints
        self.token = token
    }

    /// Pushes every object of `objects` (module → objects) and reads each back.
    public func run(_ objects: [(module: String, objects: [JSONValue])]) async -> [Observation] {
        var observations: [Observation] = []
        for (module, list) in objects {
            for object in list {
                observations.append(await probe(object, module: module))
            }
        }
        return observations
    }

    private func probe(_ object: JSONValue, module: String) async -> Observation {
        let key = PulledObjects.storeKey(object) ?? "?"
        var observation = Observation(module: module, key: key)
        guard let receiver = endpoints[module + ".RECEIVER"] else {
            observation.pushError = .missingEndpoint(module + " RECEIVER")
            return observation
        }
        let readBackURL: String
        do throws(ExternalRunError) {
            if module == "cdrs" {
                readBackURL = try await remote.postCDR(object, receiver: receiver, token: token)
            } else {
                try await remote.put(object, receiver: receiver, token: token, step: "push \(module) \(key)")
                readBackURL = OCPIRemote.objectURL(receiver: receiver, object: object) ?? receiver
            }
        } catch {
            observation.pushError = error
            return observation
        }
        do throws(ExternalRunError) {
            let stored = try await remote.get(readBackURL, token: token, step: "read back \(module) \(key)")
            observation.readBackUnchanged = stored == object
        } catch {
            observation.readBackError = error
        }
        return observation
    }
}

extension EMSPReceiverProbe.Observation {
    init(module: String, key: String) {
        self.init(module: module, key: key, pushError: nil, readBackUnchanged: nil, readBackError: nil)
    }
}
