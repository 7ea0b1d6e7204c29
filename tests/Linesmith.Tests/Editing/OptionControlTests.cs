using Linesmith.Config;
using Linesmith.Editing;
using Linesmith.Platform;
using Linesmith.Segments;
using Linesmith.Segments.Options;

namespace Linesmith.Tests.Editing;

/// <summary>
/// Every option of every row of the segment table gets the control of its type (issue 15: "edit each
/// segment's options with the right control for the type"), and whatever a control writes is read
/// back by the config reader without a problem.
/// </summary>
public sealed class OptionControlTests
{
    public static TheoryData<string, string> EveryOption()
    {
        var data = new TheoryData<string, string>();
        foreach (var row in SegmentTable.Rows)
        {
            foreach (var option in row.Options)
            {
                data.Add(row.Id, option.Key);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryOption))]
    public void Every_value_a_control_offers_is_read_back_without_a_problem(string id, string key)
    {
        var control = OptionControl.For(SegmentTable.Find(id)!.Option(key)!);

        foreach (var (toml, _) in control.Choices.Where(choice => choice.Toml != OptionControl.Reset))
        {
            Assert.Empty(Problems(id, key, toml));
        }

        Assert.Equal(OptionControl.Reset, control.Choices[^1].Toml);
    }

    [Theory]
    [MemberData(nameof(EveryOption))]
    public void The_control_follows_the_type(string id, string key)
    {
        var option = SegmentTable.Find(id)!.Option(key)!;
        var control = OptionControl.For(option);

        switch (option)
        {
            case ChoiceOption choice:
                Assert.False(control.Typed);
                Assert.Equal(choice.Names.Select(TomlLiteral.String), control.Choices.SkipLast(1).Select(c => c.Toml));
                break;
            case BoolOption:
                Assert.Equal(["true", "false", OptionControl.Reset], control.Choices.Select(c => c.Toml));
                break;
            case StyleOption:
                Assert.Contains(TomlLiteral.String("role:accent bold"), control.Choices.Select(c => c.Toml));
                break;
            case IntegerOption integer:
                Assert.True(control.Typed);
                Assert.Null(control.Parse(integer.Min.ToString(System.Globalization.CultureInfo.InvariantCulture)).Error);
                Assert.Empty(Problems(id, key, control.Parse(integer.Max.ToString(System.Globalization.CultureInfo.InvariantCulture)).Toml!));
                if (integer.Min > long.MinValue)
                {
                    Assert.NotNull(control.Parse((integer.Min - 1).ToString(System.Globalization.CultureInfo.InvariantCulture)).Error);
                }

                Assert.NotNull(control.Parse("1.5").Error);
                break;
            case NumberOption number:
                Assert.True(control.Typed);
                Assert.Empty(Problems(id, key, control.Parse(RangeMessage.Format(number.Default)).Toml!));
                Assert.NotNull(control.Parse(RangeMessage.Format(number.Max + 1)).Error);
                Assert.NotNull(control.Parse("NaN").Error);
                break;
            case TextOption:
                Assert.True(control.Typed);
                Assert.Equal("\"a \\\"b\\\"\\u001B\"", control.Parse("a \"b\"\u001b").Toml);
                break;
        }
    }

    [Fact]
    public void A_number_outside_its_range_is_refused_with_the_range()
    {
        var control = OptionControl.For(new IntegerOption("progress_width", "cells", 10, 1, 100));

        Assert.Equal("0 is outside 1 to 100", control.Parse("0").Error);
        Assert.Equal("not a whole number; 1 to 100", control.Parse("ten").Error);
        Assert.Equal(new OptionInput("42", null), control.Parse(" 42 "));
    }

    [Fact]
    public void The_config_reader_is_asked_which_keys_it_honours()
    {
        Assert.True(ConfigKeys.Honoured("layout_options", "separator", "\" | \""));
        Assert.False(ConfigKeys.Honoured("layout_options", "no_such_key", "1"));
    }

    private static IReadOnlyList<ConfigProblem> Problems(string id, string key, string toml)
    {
        var dot = key.LastIndexOf('.');
        var table = dot < 0 ? $"segments.{id}" : $"segments.{id}.{key[..dot]}";
        var text = $"[line]\nsegments = [\"{id}\"]\n\n[{table}]\n{key[(dot + 1)..]} = {toml}\n";
        var config = LinesmithConfig.From(ConfigFile.Parse(text, "config.toml"), EnvironmentSnapshot.Empty);
        _ = new LineBuilder(config);
        return config.Problems.All;
    }
}
