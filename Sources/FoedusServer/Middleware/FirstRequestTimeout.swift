import NIOCore

/// Closes a new connection whose first request head has not arrived in full within `timeout` (a client that
/// opens connections and sends a few header bytes now and then holds nothing for long). Placed after the
/// HTTP decoder, which passes nothing on before a head is complete, so the first message this handler sees is
/// that head, whatever it is called. Later requests on a kept-alive connection are bounded by the idle timeout
/// (``ServerConfiguration/idleTimeout``).
final class FirstRequestTimeout: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = Any
    typealias InboundOut = Any

    private let timeout: TimeAmount
    private var deadline: Scheduled<Void>?
    private var headArrived = false

    init(timeout: TimeAmount) { self.timeout = timeout }

    func handlerAdded(context: ChannelHandlerContext) {
        if context.channel.isActive { start(context) }
    }

    func channelActive(context: ChannelHandlerContext) {
        start(context)
        context.fireChannelActive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        if !headArrived {
            headArrived = true
            deadline?.cancel()
            deadline = nil
        }
        context.fireChannelRead(data)
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        deadline?.cancel()
        deadline = nil
    }

    private func start(_ context: ChannelHandlerContext) {
        guard deadline == nil, !headArrived else { return }
        deadline = context.eventLoop.assumeIsolated().scheduleTask(in: timeout) { context.close(promise: nil) }
    }
}

@available(*, unavailable)
extension FirstRequestTimeout: Sendable {}
