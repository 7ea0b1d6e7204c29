namespace Linesmith.Usage.Jsonl;

/// <summary>
/// What the index knows of one transcript: the size and write time it had when read (its key), how
/// far it was read (<see cref="Offset"/>: just after the last complete line), whether that read
/// reached the listed size, the fingerprint of the bytes before the offset, and the lines counted.
/// </summary>
internal sealed record IndexedTranscript(string Path, long Size, long ModifiedTicks, long Offset, bool Complete, ulong TailHash, List<JsonlEntry> Entries)
{
    /// <summary>Bytes before the offset that fingerprint the file (see <see cref="TranscriptReader.TailHash"/>).</summary>
    public const int TailBytes = 4096;

    /// <summary>Unchanged since it was read to the end: its entries stand without opening the file.</summary>
    public bool Fresh(TranscriptFile file) => Complete && Size == file.Size && ModifiedTicks == file.ModifiedTicks;
}
