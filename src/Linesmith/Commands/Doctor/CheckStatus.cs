using System.Text.Json.Serialization;

namespace Linesmith.Commands.Doctor;

/// <summary>The four outcomes of a doctor check (docs/commands.md); only Fail makes the exit code 1.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CheckStatus>))]
internal enum CheckStatus
{
    [JsonStringEnumMemberName("pass")]
    Pass,
    [JsonStringEnumMemberName("warn")]
    Warn,
    [JsonStringEnumMemberName("fail")]
    Fail,
    [JsonStringEnumMemberName("skip")]
    Skip,
}
