namespace Linesmith.Usage.Endpoint;

/// <summary>The HTTP seam of the cascade: the real one is <see cref="HttpUsageTransport"/>, unit tests pass a fake.</summary>
internal interface IUsageTransport
{
    TransportOutcome Send(TransportRequest request);
}
