public import PebbleJSON
public import PebbleWire

/// One connection's conversation (docs/protocol.md): `hello` first, then requests, each decoded
/// and checked; frames that are not requests get their error and the connection stays open.
/// The transport (pebble-judged's socket handler) feeds it whole frame bodies, in order.
public final class Session: @unchecked Sendable {
    public let caller: Caller
    let service: JudgeService
    let sink: any ResponseSink
    let limits: RequestDecoder.Limits
    private var greeted = false

    public init(caller: Caller, service: JudgeService, sink: any ResponseSink, limits: RequestDecoder.Limits) {
        self.caller = caller
        self.service = service
        self.sink = sink
        self.limits = limits
    }

    /// Handles one frame's body. Called for one connection's frames one at a time, in order.
    public func receive(_ body: [UInt8]) async {
        switch RequestDecoder.decode(body, limits: limits) {
        case let .failure(id, error):
            sink.send(.error(id: id, error))
        case let .request(id, .hello(hello)):
            guard let version = hello.agreedVersion() else {
                let offered = (hello.protocols ?? []) + (hello.protocol.map { [$0] } ?? [])
                sink.send(.error(id: id, WireError(.unsupportedProtocol,
                                                   "this daemon speaks protocol \(PebbleProtocol.versions.map(String.init).joined(separator: ", ")), not \(offered.map(String.init).joined(separator: ", "))")))
                return
            }
            greeted = true
            var fields = await service.helloFields(caller: caller)
            fields["protocol"] = .int(Int64(version))
            sink.send(Response(type: "hello", id: id, fields))
        case let .request(id, request):
            guard greeted else {
                sink.send(.error(id: id, WireError(.badRequest, "say hello first (protocol \(PebbleProtocol.version))")))
                return
            }
            await service.handle(request, id: id, caller: caller, sink: sink)
        }
    }
}
