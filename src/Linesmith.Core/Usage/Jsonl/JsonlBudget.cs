namespace Linesmith.Usage.Jsonl;

/// <summary>What is left of one run's <see cref="JsonlLimits"/>: bytes read and time, by the injected clock.</summary>
internal sealed class JsonlBudget(JsonlLimits limits, TimeProvider clock)
{
    private readonly long _started = clock.GetTimestamp();
    private long _bytes;

    public JsonlLimits Limits => limits;

    public bool Exhausted { get; private set; }

    /// <summary>Counts <paramref name="bytes"/> read; false (and exhausted from then on) once a bound is passed.</summary>
    public bool Spend(int bytes)
    {
        _bytes += bytes;
        if (_bytes > limits.MaxBytesPerRun || clock.GetElapsedTime(_started) > limits.MaxTime)
        {
            Exhausted = true;
        }

        return !Exhausted;
    }
}
