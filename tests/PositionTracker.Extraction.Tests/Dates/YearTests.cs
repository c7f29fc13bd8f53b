using PositionTracker.Domain.Dates;
using PositionTracker.Extraction.Dates;
using static PositionTracker.Extraction.Tests.Dates.DateTestKit;

namespace PositionTracker.Extraction.Tests.Dates;

/// <summary>Four-digit years 1900-2099 standing alone, with their cue words; year precision.</summary>
public class YearTests
{
    [Theory]
    [InlineData("Russia has occupied the peninsula since 2014.", "since 2014", "2014")]
    [InlineData("The ceasefire in Nagorno-Karabakh collapsed in 2020.", "in 2020", "2020")]
    [InlineData("The 2014 referendum is void, Kyiv says.", "2014", "2014")]
    [InlineData("Israel annexed the plateau in mid-2014, the paper wrongly claimed.", "in mid-2014", "2014")]
    [InlineData("Talks on Cyprus collapsed in early 2017 at Crans-Montana.", "in early 2017", "2017")]
    [InlineData("Patrols near the Senkakus grew in late 2012.", "in late 2012", "2012")]
    [InlineData("Clashes in the Galwan valley in the summer of 2020 killed soldiers.", "in the summer of 2020", "2020")]
    [InlineData("Moscow and Tokyo were to settle the Kurils by the end of 2018.", "by the end of 2018", "2018")]
    [InlineData("Summer 2019 saw protests in Hong Kong.", "Summer 2019", "2019")]
    // An adjectival year is a year.
    [InlineData("Under the 1987 pact the border was frozen.", "1987", "1987")]
    [InlineData("The 2022 World Cup was held in Qatar.", "2022", "2022")]
    [InlineData("Argentina\u2019s 1982 landing on the islands failed.", "1982", "1982")]
    [InlineData("Kosovo has been independent since 2008\u2019s declaration.", "since 2008", "2008")]
    [InlineData("Ethiopia and Eritrea fought from 1998 onward.", "1998", "1998")]
    [InlineData("Spain ceded Gibraltar to the British crown in 1713.", "in 1713", "1713")]
    [InlineData("Britain has governed the islands since 1833.", "since 1833", "1833")]
    public void Year_expressions(string text, string span, string date)
    {
        var m = Single(text, "2023-02-15", span, date);
        Assert.Equal(DatePrecision.Year, m.Date.Precision);
    }

    [Fact]
    public void Several_years_in_one_sentence_come_in_order()
    {
        Exactly("Referendums on Western Sahara were promised in 1991, 1997 and 2003.", "2023-02-15",
            ("in 1991", "1991", DateFlags.None), ("1997", "1997", DateFlags.None), ("2003", "2003", DateFlags.None));
        Exactly("The 2014-2016 plan for the Donbas failed.", "2023-02-15",
            ("2014", "2014", DateFlags.None), ("2016", "2016", DateFlags.None));
    }

    [Fact]
    public void Year_after_publication_is_future()
    {
        Single("Taiwan will hold the referendum by 2030, the party said.", "2023-02-15", "by 2030", "2030", DateFlags.Future);
        Single("Taiwan held the referendum in 2023, the party said.", "2023-02-15", "in 2023", "2023");
    }

    [Theory]
    [InlineData("The 2014-15 budget for the Falklands was approved.")]
    [InlineData("Some 2,014 islanders voted.")]
    [InlineData("The patrol covered 2014 km of coastline.")]
    [InlineData("The zone spans 2014 square kilometres.")]
    [InlineData("About 2000 people fled the Kashmir valley.")]
    [InlineData("Nearly 1999 were detained in the north.")]
    [InlineData("Turnout rose 2014% on paper.")]
    [InlineData("Turnout rose 2014 percent on paper.")]
    [InlineData("A 2000-strong force crossed the line.")]
    [InlineData("Call +44 2014 5550 for the consulate.")]
    [InlineData("Call the ministry on 555-2014 today only.")]
    [InlineData("Flight 2014 landed in Stanley.")]
    [InlineData("Under Resolution 2014 the mission was renewed.")]
    [InlineData("The file No. 2014 was sealed.")]
    [InlineData("Ticket #2014 was checked in Pristina.")]
    [InlineData("The 2014/15 season opened in Nicosia.")]
    [InlineData("The claim rests on a 2000-year-old map.")]
    [InlineData("There were 1899 and 2100 nothing happened there.")]
    [InlineData("About 1713 voters took part.")]
    [InlineData("The old treaty dates from the 1990s.")]
    public void Numbers_that_are_not_years(string text)
    {
        // "today" in one of them is a date of its own: only years are checked here.
        var years = Find(text, "2023-02-15").Where(m => m.Date.Precision == DatePrecision.Year).ToList();
        Assert.True(years.Count == 0, Describe(text, years));
    }
}
