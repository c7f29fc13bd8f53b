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
    public void At_least_a_hundred_and_fifty_territories_with_the_regions_and_features_the_news_names()
    {
        Assert.True(Gazetteer.Territories.Count >= 150);
        Assert.All(["kyiv", "chernihiv", "sumy", "belgorod", "bryansk", "dokdo", "hans-island", "paracel-islands", "scarborough-shoal",
                "second-thomas-shoal", "mischief-reef", "senkaku-islands"],
            id => Assert.Equal(id, Gazetteer.TerritoryById(id)?.Id));
    }

    [Theory]
    [InlineData("jammu-and-kashmir", "kashmir")]
    [InlineData("liancourt-rocks", "dokdo")]
    [InlineData("takeshima", "dokdo")]
    public void An_alias_id_resolves_to_the_canonical_territory(string alias, string id) =>
        Assert.Equal(id, Gazetteer.TerritoryById(alias)?.Id);

    [Fact]
    public void No_name_stands_for_two_territories_and_no_alias_id_is_another_territorys_id()
    {
        var shared = Gazetteer.Territories
            .SelectMany(t => new[] { t.Name }.Concat(t.Aliases).Concat(t.Adjectives).Select(n => (Name: n.ToLowerInvariant(), t.Id)))
            .Distinct()
            .GroupBy(x => x.Name)
            .Where(g => g.Count() > 1)
            .Select(g => g.Key);
        Assert.Empty(shared);

        var ids = Gazetteer.Territories.Select(t => t.Id).ToHashSet();
        var aliasIds = Gazetteer.Territories.SelectMany(t => t.AliasIds ?? []).ToList();
        Assert.All(aliasIds, alias => Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", alias));
        Assert.All(aliasIds, alias => Assert.DoesNotContain(alias, ids));
        Assert.Equal(aliasIds.Count, aliasIds.Distinct().Count());
    }

    [Fact]
    public void A_capital_city_is_never_a_territory_name()
    {
        var capitals = Gazetteer.Actors.SelectMany(a => a.Capitals).ToHashSet(StringComparer.OrdinalIgnoreCase);

        Assert.All(Gazetteer.Territories, t => Assert.All([t.Name, .. t.Aliases], name => Assert.DoesNotContain(name, capitals)));
        Assert.Equal("Kyiv region", Gazetteer.TerritoryById("kyiv")?.Name);
    }

    [Fact]
    public void Greenland_the_Sahrawi_Republic_and_the_Turkish_Cypriot_administration_are_actors() =>
        Assert.All(["GRL", "ESH", "NCY"], code => Assert.NotNull(Gazetteer.ActorByCode(code)));

    [Fact]
    public void Every_actor_a_territory_names_is_a_known_actor()
    {
        Assert.All(Gazetteer.Territories, t =>
        {
            Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", t.Id);
            Assert.All(t.Claimants.Append(t.RecognizedAs).Append(t.ControlledBy).OfType<string>(), code => Assert.NotNull(Gazetteer.ActorByCode(code)));
        });
    }

    [Fact]
    public void People_offices_and_groups_refer_only_to_known_actors_and_territories()
    {
        Assert.True(Gazetteer.People.Count >= 120);
        Assert.All(Gazetteer.People.SelectMany(p => p.Roles), r =>
        {
            Assert.NotNull(Gazetteer.ActorByCode(r.Actor));
            Assert.True(r.To is null || r.From <= r.To, $"{r.Title}: {r.From} after {r.To}");
        });
        Assert.All(Gazetteer.Roles.Fixed, r => Assert.NotNull(Gazetteer.ActorByCode(r.Actor)));
        Assert.All(Gazetteer.Groups.SelectMany(g => g.Members), id => Assert.NotNull(Gazetteer.TerritoryById(id)));
    }

    /// <summary>Words that really name two states in English news; the extractor leaves them to context.</summary>
    private static readonly HashSet<string> Ambiguous = ["korean", "congolese", "dominican", "brussels", "guinean", "georgian"];

    [Fact]
    public void No_name_stands_for_two_actors_except_the_known_ambiguous_ones()
    {
        var collisions = Gazetteer.Actors
            .SelectMany(a => new[] { a.Name }.Concat(a.Aliases).Concat(a.Demonyms).Concat(a.Capitals).Concat(a.Metonyms)
                .Select(n => (Name: n.ToLowerInvariant(), a.Code)))
            .Distinct()
            .GroupBy(x => x.Name)
            .Where(g => g.Count() > 1)
            .Select(g => g.Key);

        Assert.All(collisions, name => Assert.Contains(name, Ambiguous));
    }

    [Theory]
    [InlineData("2017-03-01", "Sean Spicer")]
    [InlineData("2024-03-01", "Karine Jean-Pierre")]
    public void An_office_is_held_only_between_its_start_and_end(string day, string holder)
    {
        var on = DateOnly.Parse(day);

        var holders = Gazetteer.People.Where(p => p.Roles.Any(r => r.Title == "White House Press Secretary" && r.HeldOn(on)));

        Assert.Equal([holder], holders.Select(p => p.Name));
    }

    [Theory]
    [InlineData("RUS", "RUS")]
    [InlineData("rus", "RUS")]
    [InlineData("Russia", "RUS")]
    [InlineData("the Russian Federation", "RUS")]
    [InlineData("United States", "USA")]
    [InlineData("European Union", "EU")]
    [InlineData("Polisario Front", "ESH")]
    [InlineData("TRNC", "NCY")]
    [InlineData("Naalakkersuisut", "GRL")]
    public void An_actor_is_found_by_code_or_name(string text, string code) => Assert.Equal(code, Gazetteer.FindActor(text)?.Code);

    [Theory]
    [InlineData("crimea", "crimea")]
    [InlineData("Crimea", "crimea")]
    [InlineData("Golan Heights", "golan-heights")]
    [InlineData("golan heights", "golan-heights")]
    [InlineData("Malvinas", "falkland-islands")]
    [InlineData("Northern Territories", "kuril-islands")]
    [InlineData("Takeshima", "dokdo")]
    [InlineData("Jammu and Kashmir", "kashmir")]
    [InlineData("Kiev region", "kyiv")]
    [InlineData("Odessa oblast", "odesa")]
    [InlineData("Taiping Island", "itu-aba")]
    public void A_territory_is_found_by_id_name_or_alias(string text, string id) => Assert.Equal(id, Gazetteer.FindTerritory(text)?.Id);

    [Fact]
    public void Unknown_names_are_not_guessed()
    {
        Assert.Null(Gazetteer.FindActor("Atlantis"));
        Assert.Null(Gazetteer.FindTerritory("krimea"));
    }
}
