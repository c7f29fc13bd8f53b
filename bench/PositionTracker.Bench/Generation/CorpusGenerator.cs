using System.Globalization;
using System.Text;
using PositionTracker.Domain.Articles;
using PositionTracker.Domain.Catalog;

namespace PositionTracker.Bench.Generation;

/// <summary>One generated article: as the extractor gets it, as a file, and what was planted in it.</summary>
public sealed record GeneratedArticle(Article Article, string FileText, int Sentences, int Planted, int Boilerplate, IReadOnlyList<string> Territories);

/// <summary>
/// Writes news-like articles about the gazetteer's territorial disputes: 8-30 sentences in paragraphs of one
/// to three, about a quarter of them carrying a statement of position or a fact, the rest background and
/// other news, with page furniture mixed in. The same seed gives the same corpus, article by article.
/// </summary>
public sealed class CorpusGenerator(Gazetteer gazetteer, int seed)
{
    private static readonly DateOnly First = new(2012, 1, 1);
    private static readonly DateOnly Last = new(2025, 10, 31);

    public Cast Cast { get; } = new(gazetteer);
    public int Seed { get; } = seed;

    public IEnumerable<GeneratedArticle> Corpus(int count)
    {
        for (var i = 0; i < count; i++) yield return One(i);
    }

    /// <summary>Article number <paramref name="index"/> of the seed's corpus, the same whatever the corpus size.</summary>
    public GeneratedArticle One(int index)
    {
        var rng = Rng.For(Seed, index);
        var scene = NewScene(rng, null);
        var published = scene.Published;
        var outlet = rng.Pick(Filler.Outlets);
        var (body, sentences, planted, furniture) = Body(scene, outlet);
        var title = Filler.Title(scene);
        var slug = new string(title.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray()).Trim('-');
        var file = new StringBuilder(body.Length + 256)
            .Append("---\n")
            .Append("outlet: ").Append(outlet).Append('\n')
            .Append("published: ").Append(published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n')
            .Append("title: ").Append(title).Append('\n')
            .Append("url: https://").Append(outlet.ToLowerInvariant().Replace(' ', '-')).Append(".example/")
            .Append(published.ToString("yyyy/MM/", CultureInfo.InvariantCulture)).Append(slug).Append('-').Append(index).Append('\n')
            .Append("section: world\n")
            .Append("generator-seed: ").Append(Seed).Append('\n')
            .Append("---\n\n")
            .Append(body).Append('\n')
            .ToString();
        return new GeneratedArticle(ArticleFile.Parse(file, DateOnly.FromDateTime(DateTime.UtcNow)), file, sentences, planted, furniture, Topics(scene));
    }

    /// <summary>
    /// One article of about <paramref name="bytes"/> bytes of UTF-8, made of the bodies the generator writes,
    /// one after another, all dated from one day: for the memory check, not for realism.
    /// </summary>
    public GeneratedArticle HugeArticle(int bytes = 5_000_000)
    {
        var published = new DateOnly(2024, 3, 15);
        var body = new StringBuilder(bytes + 8192);
        int sentences = 0, planted = 0, furniture = 0, size = 0;
        for (var part = 0; size < bytes; part++)
        {
            var rng = Rng.For(Seed ^ 0x2F6B, part);
            var (text, s, p, f) = Body(NewScene(rng, published), "Meridian Wire");
            if (body.Length > 0) body.Append("\n\n");
            body.Append(text);
            size += Encoding.UTF8.GetByteCount(text) + 2;
            sentences += s;
            planted += p;
            furniture += f;
        }
        var article = new Article("Meridian Wire", "Everything at once", published, null, new Dictionary<string, string>(), body.ToString());
        return new GeneratedArticle(article, "", sentences, planted, furniture, []);
    }

    /// <summary>Writes each article as NNNNN.txt, header and body, as <c>ops/positiontracker ingest</c> reads them.</summary>
    public static void Write(string directory, IEnumerable<GeneratedArticle> articles)
    {
        Directory.CreateDirectory(directory);
        var i = 0;
        foreach (var a in articles)
            File.WriteAllText(Path.Combine(directory, $"{i++:D5}.txt"), a.FileText, new UTF8Encoding(false));
    }

    private static IReadOnlyList<string> Topics(Scene scene) =>
        scene.Second is { } second ? [scene.Main.Territory.Id, second.Territory.Id] : [scene.Main.Territory.Id];

    /// <summary>A dispute, then a day to write about it: not before the dispute began ("Since"), so no 2013 article has Crimea annexed.</summary>
    private Scene NewScene(Rng rng, DateOnly? day)
    {
        var main = Cast.Disputes[rng.Weighted(Cast.Weights, Cast.TotalWeight)];
        var from = First;
        foreach (var start in new[] { main.Since, main.Annexed })
            if (start is { } p && p.Over > from) from = p.Over;
        var published = day ?? from.AddDays(rng.Int(Last.DayNumber - from.DayNumber + 1));
        Dispute? second = null;
        if (rng.Chance(0.2))
        {
            var other = Cast.Disputes[rng.Weighted(Cast.Weights, Cast.TotalWeight)];
            if (other != main && (other.Since is not { } s || s.Before(published)) && (other.Annexed is not { } a || a.Before(published))) second = other;
        }
        return new Scene(Cast, rng, published, main, second);
    }

    private static (string Body, int Sentences, int Planted, int Furniture) Body(Scene scene, string outlet)
    {
        var rng = scene.Rng;
        var target = 8 + rng.Int(0, 11) + rng.Int(0, 11);
        var eventShare = 0.17 + rng.Double() * 0.16;
        var wantedEvents = Math.Max(1, (int)Math.Round(target * eventShare));

        var events = new List<Unit>();
        int sentences = 0, planted = 0;
        while (planted < wantedEvents && sentences < target - 2)
        {
            var unit = rng.Chance(0.65) ? Statements.Make(scene) : Facts.Make(scene);
            events.Add(unit);
            sentences += unit.Sentences;
            planted += unit.Planted;
        }
        var units = new List<Unit>(events.Count + target);
        var lead = rng.Chance(0.7) && events.Count > 0 ? events[0] : null;
        units.AddRange(lead is null ? events : events.Skip(1));
        while (sentences < target)
        {
            var filler = Filler.Make(scene);
            units.Add(filler);
            sentences += filler.Sentences;
        }
        for (var i = units.Count - 1; i > 0; i--)
        {
            var j = rng.Int(i + 1);
            (units[i], units[j]) = (units[j], units[i]);
        }
        if (lead is not null) units.Insert(0, lead);

        var paragraphs = new List<string>();
        for (var u = 0; u < units.Count;)
        {
            var room = rng.Int(1, 3);
            var text = new StringBuilder(units[u].Text);
            var used = units[u++].Sentences;
            while (u < units.Count && used + units[u].Sentences <= room)
            {
                text.Append(' ').Append(units[u].Text);
                used += units[u++].Sentences;
            }
            paragraphs.Add(text.ToString());
        }
        if (rng.Chance(0.3))
            paragraphs[0] = $"{scene.City().ToUpperInvariant()} ({outlet}) - {paragraphs[0]}";

        var furniture = rng.Int(0, 4);
        for (var f = 0; f < furniture; f++)
        {
            var line = Filler.BoilerplateLine(scene, outlet);
            var at = rng.Chance(0.3) ? paragraphs.Count : rng.Int(1, paragraphs.Count);
            paragraphs.Insert(at, line);
        }
        return (string.Join("\n\n", paragraphs), sentences, planted, furniture);
    }
}
