public import Foundation
public import JSON
public import PartnerMock

/// What the external run read from the CPO's sender interfaces (OCPI 2.2.1 §8.2.1 locations, §9.2.1
/// sessions, §10.2.1 CDRs, §11.2.1 tariffs), for the objects its pushes did not deliver.
public struct PulledObjects: Sendable, Hashable {
    public var locations: [JSONValue]
    public var sessions: [JSONValue]
    public var cdrs: [JSONValue]
    public var tariffs: [JSONValue]

    public init(
        locations: [JSONValue] = [],
        sessions: [JSONValue] = [],
        cdrs: [JSONValue] = [],
        tariffs: [JSONValue] = []
    ) {
        self.locations = locations
        self.sessions = sessions
        self.cdrs = cdrs
        self.tariffs = tariffs
    }

    /// The key the partner mock files a pushed object under: `country_code/party_id/id`, the path of
    /// the receiver interface's PUT (§8.2.2, §9.2.2, §11.2.2). Nil when a field is missing.
    static func storeKey(_ object: JSONValue) -> String? {
        guard let country = object["country_code"]?.stringValue, let party = object["party_id"]?.stringValue,
            let id = object["id"]?.stringValue
        else { return nil }
        return "\(country)/\(party)/\(id)"
    }
}

extension PartnerStore {
    /// This store with every pulled object that no push delivered added as the push would have
    /// filed it, so the checks read one shape however an object arrived. Objects that were pushed stay
    /// as pushed (the receiver's view is what the CPO sent). Returns the keys (CDRs: ids) that came
    /// only by pull, for the evidence.
    public func fillingGaps(with pulled: PulledObjects, at time: Date) -> (store: PartnerStore, pulledOnly: [String]) {
        var store = self
        var added: [String] = []
        for location in pulled.locations {
            guard let key = PulledObjects.storeKey(location), store.locations[key] == nil else { continue }
            store.locations[key] = location
            added.append("locations/" + key)
        }
        for session in pulled.sessions {
            guard let key = PulledObjects.storeKey(session), store.sessions[key] == nil else { continue }
            store.sessions[key] = session
            added.append("sessions/" + key)
        }
        for tariff in pulled.tariffs {
            guard let key = PulledObjects.storeKey(tariff), store.tariffs[key] == nil else { continue }
            store.tariffs[key] = tariff
            store.tariffVersions[key, default: []].append(tariff)
            added.append("tariffs/" + key)
        }
        let received = Set(store.cdrs.compactMap { $0.cdr["id"]?.stringValue })
        for cdr in pulled.cdrs {
            guard let id = cdr["id"]?.stringValue, !received.contains(id) else { continue }
            store.cdrs.append(ReceivedCDR(cdr: cdr, time: time))
            added.append("cdrs/" + id)
        }
        return (store, added)
    }
}
