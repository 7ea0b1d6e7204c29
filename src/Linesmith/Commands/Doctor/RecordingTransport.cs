using Linesmith.Usage.Endpoint;

namespace Linesmith.Commands.Doctor;

/// <summary>
/// Passes requests through and keeps the last outcome, so that <c>doctor --online</c> can show the
/// raw status and the <c>Retry-After</c> header as sent (the cascade keeps only what they mean).
/// </summary>
internal sealed class RecordingTransport(IUsageTransport inner) : IUsageTransport
{
    public TransportOutcome? Last { get; private set; }

    public TransportOutcome Send(TransportRequest request) => Last = inner.Send(request);
}
