namespace Linesmith.Usage.Cascade;

/// <summary>
/// One try at the fetch gate (docs/spec/decisions.md#d1-one-fetch-not-a-stampede): its <see cref="State"/>, the
/// <see cref="Gate"/> to dispose when <see cref="GateState.Held"/>, and why not otherwise (<see cref="Problem"/>).
/// </summary>
internal sealed record GateAttempt(GateState State, FetchGate? Gate = null, string? Problem = null);
