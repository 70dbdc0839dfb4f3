import NIOCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Why the server could not listen, in words for the command line: `port 8080 is in use; choose another with
/// --port` rather than `bind(descriptor:ptr:bytes:): Address already in use) (errno: 98)`. `nil` for an error
/// that is not about the address.
package func listenFailure(_ error: any Error, host: String, port: Int) -> String? {
    guard let error = error as? IOError else { return nil }
    switch error.errnoCode {
    case EADDRINUSE: return "port \(port) is in use; choose another with --port"
    case EACCES: return "port \(port) needs privileges on this system; choose one from 1024 up with --port"
    case EADDRNOTAVAIL: return "\(host) is not an address of this machine; choose another with --host"
    default: return nil
    }
}
