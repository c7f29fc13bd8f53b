namespace PositionTracker.Domain.Articles;

/// <summary>What re-extracting an article comes to, decided from its stream alone.</summary>
public static class Reextraction
{
    /// <summary>Which source the article's current events come from: gold, an extractor version, or none yet.</summary>
    public static string? CurrentSource(IReadOnlyList<object> stream)
    {
        string? source = null;
        foreach (var e in stream)
        {
            source = e switch
            {
                ArticleIngested ingested => ingested.DerivedBy,
                ArticleReextracted reextracted => reextracted.DerivedBy,
                IDerivedEvent derived when source is null => derived.Source.DerivedBy,
                _ => source,
            };
        }
        return source;
    }

    /// <summary>
    /// The events to append so the article's derived events come from <paramref name="derivedBy"/>: none when
    /// they already do, or when they come from a curated annotation, which an extractor never overrides.
    /// </summary>
    public static IReadOnlyList<object> Decide(Guid article, IReadOnlyList<object> stream, string derivedBy, IReadOnlyList<IDerivedEvent> extracted)
    {
        var current = CurrentSource(stream);
        if (current == Provenance.Gold || current == derivedBy) return [];
        var superseded = Current(stream, current).ToList();
        var territories = superseded.Select(TerritoryOf).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();
        var talks = superseded.OfType<TalksHeld>().Select(t => Talks.TalksLog.KeyOf(t.Parties)).Distinct().Order(StringComparer.Ordinal).ToList();
        return [new ArticleReextracted(article, current, derivedBy, territories, talks), .. extracted];
    }

    private static IEnumerable<IDerivedEvent> Current(IReadOnlyList<object> stream, string? source) =>
        stream.OfType<IDerivedEvent>().Where(e => e.Source.DerivedBy == source);

    public static string? TerritoryOf(IDerivedEvent e) => e switch
    {
        StatementMade s => s.Territory,
        TerritoryAnnexed a => a.Territory,
        ReferendumHeld r => r.Territory,
        ControlReported c => c.Territory,
        _ => null,
    };
}
