namespace Linesmith.Editing;

/// <summary>
/// What the editor's preview renders when no payload was kept: the
/// repository's <c>examples/payload.json</c>, a document of the shape Claude Code sends, with reset
/// times in 2099 so that the preview reads the same on any date.
/// </summary>
internal static class SamplePayload
{
    public static ReadOnlySpan<byte> Bytes => """
        {
          "session_id": "6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f",
          "cwd": "/home/me/src/linesmith",
          "model": { "id": "claude-opus-4-5-20251101", "display_name": "Claude Opus 4.5" },
          "workspace": { "current_dir": "/home/me/src/linesmith", "project_dir": "/home/me/src/linesmith", "added_dirs": [] },
          "version": "2.1.150",
          "output_style": { "name": "default" },
          "session_name": "fix the cache",
          "cost": {
            "total_cost_usd": 1.2345,
            "total_duration_ms": 2765000,
            "total_api_duration_ms": 412000,
            "total_lines_added": 156,
            "total_lines_removed": 23
          },
          "context_window": {
            "context_window_size": 200000,
            "total_input_tokens": 84213,
            "total_output_tokens": 5120,
            "used_percentage": 42.1,
            "remaining_percentage": 57.9,
            "current_usage": { "input_tokens": 1203, "output_tokens": 5120, "cache_creation_input_tokens": 2048, "cache_read_input_tokens": 80962 }
          },
          "effort": { "level": "high" },
          "rate_limits": {
            "five_hour": { "used_percentage": 22.4, "resets_at": 4102426800 },
            "seven_day": { "used_percentage": 61.0, "resets_at": 4102772400 }
          }
        }
        """u8;
}
