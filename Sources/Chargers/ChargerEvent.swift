/// What can happen to an emulated charger. The emulator answers each with actions.
public enum ChargerEvent: Sendable, Hashable {
    /// The WebSocket to the central system is open.
    case connected
    /// The connection dropped: transaction messages queue until the next `connected`.
    case disconnected
    /// An OCPP-J frame arrived from the central system.
    case received(String)
    case timerFired(ChargerTimer)
    /// A vehicle is plugged into OCPP connector `connector` (1-based).
    case plugIn(connector: Int, ev: EVModel)
    case unplug(connector: Int)
    /// A driver presents an RFID card at the connector.
    case presentToken(connector: Int, idTag: String)
    case fault(ChargerFault)
}

/// The timers an emulator asks its driver to run.
public enum ChargerTimer: Sendable, Hashable {
    case heartbeat
    case bootRetry
    case meterValues(connector: Int)
    /// No answer to the CALL with this message id yet (the profile's response timeout).
    case callTimeout(String)
}

/// What an emulator asks its driver to do.
public enum ChargerAction: Sendable, Hashable {
    case send(String)
    case startTimer(ChargerTimer, after: Duration)
    case cancelTimer(ChargerTimer)
    /// Close the connection (e.g. for a reboot); the driver reconnects after `after`.
    case reconnect(after: Duration)
}

/// Faults a scenario can inject (DESIGN.md, "Charger emulators").
public enum ChargerFault: Sendable, Hashable {
    /// RemoteStartTransaction answered `Rejected` until cleared.
    case rejectRemoteStart(Bool)
    /// The energy register jumps by `wattHours`.
    case meterJump(wattHours: Int)
    /// The energy register restarts at zero (a meter replaced or reset).
    case meterReset
    /// Every following transaction message is sent twice.
    case duplicateMessages(Bool)
    /// The charger reboots: open transactions are stopped with reason `Reboot`, then it boots again.
    case reboot
    /// The charger's clock runs `seconds` ahead (or behind, when negative).
    case clockSkew(seconds: Int)
}
