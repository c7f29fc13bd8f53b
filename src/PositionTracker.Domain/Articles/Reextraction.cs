namespace PositionTracker.Domain.Articles;

/// <summary>What re-extracting an article comes to, decided from its history alone.</summary>
public static class Reextraction
{
    /// <summary>
    /// The events to append so the article's derived events come from <paramref name="derivedBy"/>: none when
    /// they already do, or when they come from a curated annotation, which an extractor never overrides.
    /// </summary>
    public static IReadOnlyList<object> Decide(ArticleHistory article, string derivedBy, IReadOnlyList<IDerivedEvent> extracted)
    {
        var current = article.CurrentSource;
        if (current == Provenance.Gold || current == derivedBy) return [];
        var superseded = article.Current.ToList();
        var territories = superseded.Select(TerritoryOf).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();
        var talks = superseded.OfType<TalksHeld>().Select(t => Talks.TalksLog.KeyOf(t.Parties)).Distinct().Order(StringComparer.Ordinal).ToList();
        return [new ArticleReextracted(article.Id, current, derivedBy, territories, talks), .. extracted];
    }

    public static string? TerritoryOf(IDerivedEvent e) => e switch
    {
        StatementMade s => s.Territory,
        TerritoryAnnexed a => a.Territory,
        ReferendumHeld r => r.Territory,
        ControlReported c => c.Territory,
        _ => null,
    };
}
