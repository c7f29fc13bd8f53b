using PositionTracker.Core;
using PositionTracker.Domain.Catalog;

namespace PositionTracker.Tests.Core;

/// <summary>The one reading of arguments that the command line and the HTTP API share: no host, no database.</summary>
public class ArgumentsTests
{
    [Fact]
    public void A_misspelt_territory_is_unknown_and_the_error_suggests_the_ids_it_resembles()
    {
        var read = Arguments.Territory(Gazetteer.Default, "crime");

        Assert.True(read.Unknown);
        Assert.Contains("unknown territory 'crime'; did you mean", read.Error);
        Assert.Contains("crimea", read.Error);
    }

    [Theory]
    [InlineData("2017-02-15", "2017-02-15")]
    [InlineData("2017-02-15T23:30:00-02:00", "2017-02-16")]
    [InlineData("2017-02-15T01:00:00+05:00", "2017-02-14")]
    public void A_day_is_a_date_or_the_UTC_day_of_a_moment(string text, string day) =>
        Assert.Equal(DateOnly.Parse(day), Arguments.Day(text, "on").Value);

    [Theory]
    [InlineData("0")]
    [InlineData("5001")]
    [InlineData("-3")]
    [InlineData("ten")]
    public void A_page_size_outside_one_to_the_maximum_is_refused_with_the_range(string text)
    {
        var read = Arguments.Limit(text, "limit", 500, 5000);

        Assert.False(read.Ok);
        Assert.Equal($"limit '{text}' is not a page size: use a whole number from 1 to 5000", read.Error);
        Assert.False(read.Unknown);
    }

    [Fact]
    public void Absent_arguments_take_their_defaults_unless_required()
    {
        var now = new DateTimeOffset(2026, 12, 7, 23, 30, 0, TimeSpan.FromHours(-3));

        Assert.Equal(new DateOnly(2026, 12, 8), Arguments.On(null, "on", now).Value);
        Assert.Equal(500, Arguments.Limit(" ", "limit", 500, 5000).Value);
        Assert.Null(Arguments.Moment(null, "knownAt").Value);
        Assert.Equal("--on needs a date, like --on 2017-02-15", Arguments.RequiredDay(null, "--on").Error);
    }
}
