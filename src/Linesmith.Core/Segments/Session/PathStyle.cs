namespace Linesmith.Segments.Session;

/// <summary>How <c>workspace</c> writes the project directory (README.md#segments, issue 14).</summary>
internal enum PathStyle
{
    /// <summary>The last component only: <c>demo-project</c>.</summary>
    Basename,

    /// <summary>The whole path as Claude Code sent it: <c>/home/me/src/demo-project</c>.</summary>
    Full,

    /// <summary>The whole path with the home directory as <c>~</c>: <c>~/src/demo-project</c>.</summary>
    Home,

    /// <summary>Like fish's <c>prompt_pwd</c>: every component but the last cut to one character, <c>~/s/demo-project</c>.</summary>
    Fish,

    /// <summary>The last <c>components</c> components: <c>src/demo-project</c>.</summary>
    Last,
}
