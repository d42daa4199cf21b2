public import PartnerMock

extension Scenario {
    /// The partner's tokens: roaming RFID cards (whitelisted or real-time per the manifest) and one blocked card.
    public var partnerTokens: [PartnerToken] {
        let whitelist = manifest.tokenFlow == "whitelist" ? "ALWAYS" : "NEVER"
        var tokens = (1...12).map { number in
            PartnerToken(
                uid: "\(manifest.partnerPartyID)R\(String(number + 1000).dropFirst())",
                contractID:
                    "\(manifest.partnerCountryCode)-\(manifest.partnerPartyID)-C\(String(number + 100_000).dropFirst())",
                groupID: "ROAMING",
                whitelist: whitelist
            )
        }
        tokens.append(
            PartnerToken(
                uid: "\(manifest.partnerPartyID)BLOCKED1",
                contractID: "\(manifest.partnerCountryCode)-\(manifest.partnerPartyID)-C99999",
                groupID: "ROAMING",
                whitelist: "NEVER",
                authorization: "BLOCKED"
            )
        )
        return tokens
    }
}
