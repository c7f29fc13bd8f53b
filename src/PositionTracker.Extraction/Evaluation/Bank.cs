using PositionTracker.Domain.Articles;
using PositionTracker.Domain.Catalog;
using PositionTracker.Domain.Dates;
using PositionTracker.Domain.Stances;

namespace PositionTracker.Extraction.Evaluation;

/// <summary>A passage of a sentence bank: its text, its publication date, and the events a careful reader extracts.</summary>
public sealed record BankPassage(int Line, DateOnly Published, string Text, IReadOnlyList<IDerivedEvent> Expected);

/// <summary>
/// Reads sentence banks (tests/PositionTracker.Extraction.Tests/Bank/README.md): short passages written for the
/// project, each followed by its expected events in a compact form, so that wordings the rules were not written
/// from can be scored like articles.
/// </summary>
public static class Bank
{
    public sealed class BankSyntaxError(string message) : Exception(message);

    public static IReadOnlyList<BankPassage> Parse(string text, Gazetteer gazetteer, string name = "bank")
    {
        var passages = new List<BankPassage>();
        var published = DateOnly.MinValue;
        var lines = new List<string>();
        var expected = new List<string>();
        var start = 0;
        var number = 0;
        void Flush()
        {
            if (lines.Count > 0 || expected.Count > 0)
            {
                if (lines.Count == 0) throw new BankSyntaxError($"{name}:{start}: expected events with no passage before them");
                if (published == DateOnly.MinValue) throw new BankSyntaxError($"{name}:{start}: no 'published:' line before the first passage");
                var source = new Provenance(Guid.Empty, name, published, Provenance.Gold);
                var events = expected.Where(e => e != "none").Select(e => Event(e, source, gazetteer, $"{name}:{start}")).ToList();
                passages.Add(new BankPassage(start, published, string.Join("\n", lines), events));
            }
            lines.Clear();
            expected.Clear();
        }
        foreach (var raw in text.Split('\n'))
        {
            number++;
            var line = raw.TrimEnd('\r');
            if (line.TrimStart().StartsWith('#')) continue;
            if (line.Trim().Length == 0) { Flush(); continue; }
            if (line.StartsWith("published:"))
            {
                Flush();
                if (!DateOnly.TryParse(line["published:".Length..].Trim(), out published))
                    throw new BankSyntaxError($"{name}:{number}: '{line}' has no date YYYY-MM-DD");
                continue;
            }
            if (lines.Count == 0 && expected.Count == 0) start = number;
            if (line.StartsWith('=')) expected.Add(line[1..].Trim());
            else if (expected.Count > 0) throw new BankSyntaxError($"{name}:{number}: text after the expected events; leave a blank line between passages");
            else lines.Add(line);
        }
        Flush();
        return passages;
    }

    private static IDerivedEvent Event(string line, Provenance source, Gazetteer gazetteer, string at)
    {
        var quote = line.IndexOf('"');
        var speaker = quote >= 0 ? line[(quote + 1)..].TrimEnd('"').Trim() : null;
        var words = (quote >= 0 ? line[..quote] : line).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        PartialDate DateAt(int i) => i < words.Length && PartialDate.TryParse(words[i], out var d) ? d : PartialDate.OfDay(source.Published);
        string Territory(string id) => gazetteer.TerritoryById(id)?.Id ?? throw new BankSyntaxError($"{at}: unknown territory id '{id}'");
        string Actor(string code) => gazetteer.ActorByCode(code) is not null ? code : throw new BankSyntaxError($"{at}: unknown actor code '{code}'");
        List<string> Actors(string codes) => codes.Split('+').Select(Actor).ToList();
        try
        {
            return words[0] switch
            {
                "talks" => new TalksHeld(Actors(words[1]), words.FirstOrDefault(w => w.StartsWith('@'))?[1..], DateAt(2),
                    words.Contains("phone") ? TalksFormat.Phone : words.Contains("video") ? TalksFormat.Video : TalksFormat.InPerson, source),
                "control" => new ControlReported(Territory(words[1]), Actor(words[2]), Enum.Parse<ControlExtent>(words[3], ignoreCase: true), DateAt(4), source),
                "annexed" => new TerritoryAnnexed(Actor(words[2]), Actor(words[3]), Territory(words[1]), DateAt(4), source),
                "referendum" => new ReferendumHeld(Territory(words[1]), DateAt(2), null, source),
                "sanctions" => new SanctionsImposed(Actors(words[1]), Actor(words[2]), DateAt(3), null, source),
                _ => new StatementMade(Actor(words[0]), speaker, null, Territory(words[2]), Enum.Parse<Stance>(words[1]), null, DateAt(3), source),
            };
        }
        catch (Exception e) when (e is IndexOutOfRangeException or ArgumentException)
        {
            throw new BankSyntaxError($"{at}: '= {line}' is not an expected event (see the bank README for the forms)");
        }
    }
}
