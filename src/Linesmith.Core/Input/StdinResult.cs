namespace Linesmith.Input;

/// <summary>Why reading stdin stopped.</summary>
internal enum StdinOutcome
{
    EndOfInput,
    CompleteDocument,
    Deadline,
    TooLarge,
}

/// <summary>The bytes read from stdin and why reading stopped.</summary>
internal sealed record StdinResult(byte[] Bytes, StdinOutcome Outcome);
