using PositionTracker.Domain.Catalog;

namespace PositionTracker.Domain.Tests.Catalog;

public class GazetteerTests
{
    private static readonly Gazetteer Gazetteer = Gazetteer.Default;

    [Fact]
    public void Every_un_member_state_and_the_three_organisations_are_actors()
    {
        Assert.True(Gazetteer.Actors.Count(a => a.Code.Length == 3 && a.Code.All(char.IsAsciiLetterUpper)) >= 193);
        Assert.All(["RUS", "UKR", "USA", "CHN", "ISR", "SYR", "MAR", "ARG", "GBR", "JPN", "IND", "PAK", "EU", "UN", "NATO"],
            code => Assert.NotNull(Gazetteer.ActorByCode(code)));
    }

    [Fact]
    public void At_least_forty_disputed_territories_with_the_ones_analysts_ask_about_first()
    {
        Assert.True(Gazetteer.Territories.Count >= 40);
        Assert.All(["crimea", "donetsk", "luhansk", "zaporizhzhia", "kherson", "kharkiv", "kursk", "taiwan", "golan-heights",
                "western-sahara", "falkland-islands", "kosovo", "nagorno-karabakh", "kuril-islands", "kashmir", "spratly-islands",
                "abkhazia", "south-ossetia", "transnistria"],
            id => Assert.NotNull(Gazetteer.TerritoryById(id)));
    }

    [Fact]
    public void Every_actor_a_territory_names_is_a_known_actor()
    {
        Assert.All(Gazetteer.Territories, t =>
        {
            Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", t.Id);
            Assert.All(t.Claimants.Append(t.RecognizedAs).OfType<string>(), code => Assert.NotNull(Gazetteer.ActorByCode(code)));
        });
    }

    [Theory]
    [InlineData("RUS", "RUS")]
    [InlineData("rus", "RUS")]
    [InlineData("Russia", "RUS")]
    [InlineData("the Russian Federation", "RUS")]
    [InlineData("United States", "USA")]
    [InlineData("European Union", "EU")]
    public void An_actor_is_found_by_code_or_name(string text, string code) => Assert.Equal(code, Gazetteer.FindActor(text)?.Code);

    [Theory]
    [InlineData("crimea", "crimea")]
    [InlineData("Crimea", "crimea")]
    [InlineData("Golan Heights", "golan-heights")]
    [InlineData("golan heights", "golan-heights")]
    [InlineData("Malvinas", "falkland-islands")]
    [InlineData("Northern Territories", "kuril-islands")]
    public void A_territory_is_found_by_id_name_or_alias(string text, string id) => Assert.Equal(id, Gazetteer.FindTerritory(text)?.Id);

    [Fact]
    public void Unknown_names_are_not_guessed()
    {
        Assert.Null(Gazetteer.FindActor("Atlantis"));
        Assert.Null(Gazetteer.FindTerritory("krimea"));
    }
}
