namespace PositionTracker.Bench.Generation;

/// <summary>
/// What happened, as opposed to what was said: annexations and referendums in the past, talks and
/// sanctions in the days before publication, and who controls how much of a territory.
/// </summary>
public static class Facts
{
    public static Unit Make(Scene s)
    {
        var d = s.Topic();
        var rng = s.Rng;
        for (var attempt = 0; attempt < 4; attempt++)
        {
            var text = rng.Int(10) switch
            {
                0 or 1 => Annexation(s, d),
                2 => Referendum(s, d),
                3 or 4 or 5 => Talks(s, d),
                6 => Sanctions(s, d),
                _ => Control(s, d),
            };
            if (text is not null) return new Unit(text, 1, 1);
        }
        return new Unit(Talks(s, d)!, 1, 1);
    }

    private static string? Annexation(Scene s, Dispute d)
    {
        if (d.Annexed is not { } when || !when.Before(s.Published)) return null;
        var rng = s.Rng;
        var c = s.Cast;
        var t = s.Place(d);
        var date = DatePhrases.Of(when, rng);
        return rng.Int(5) switch
        {
            0 => Scene.Sentence(c.Name(d.Holder), "annexed", t, date + rng.Either(".", ", a move most countries have refused to accept.", ", drawing condemnation in the West.")),
            1 => Scene.Sentence(t, "was annexed by", c.Name(d.Holder), date + rng.Either(".", " after a vote organised under military occupation.")),
            2 => Scene.Sentence(c.Name(d.Holder), "formally incorporated", t, date + "."),
            3 => Scene.Sentence(c.Possessive(d.Holder), "annexation of", t, date, "was condemned by", c.Name(d.Owner), "and most of its allies."),
            _ => Scene.Sentence("Since", c.Name(d.Holder), "annexed", t, date + ",", $"{c.Adjective(d.Challenger)} officials have been barred from visiting {d.Noun}."),
        };
    }

    private static string? Referendum(Scene s, Dispute d)
    {
        var votes = d.Votes.Where(v => v.When.Before(s.Published)).ToList();
        if (votes.Count == 0) return null;
        var rng = s.Rng;
        var vote = rng.Pick(votes);
        var t = s.Place(d);
        var date = DatePhrases.Of(vote.When, rng);
        var pct = vote.Percent.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
        return rng.Int(3) switch
        {
            0 => Scene.Sentence("A referendum held in", t, date, $"returned {pct} percent in favour of {vote.Outcome}."),
            1 => Scene.Sentence("In a referendum", date + ",", $"{pct} percent of voters in", t, $"backed {vote.Outcome}."),
            _ => Scene.Sentence(t, "voted in a referendum", date + ",", $"with {pct} percent supporting {vote.Outcome}, according to official figures."),
        };
    }

    private static string Talks(Scene s, Dispute d)
    {
        var rng = s.Rng;
        var c = s.Cast;
        var a = d.Holder;
        var b = rng.Chance(0.75) ? d.Challenger : rng.Pick(s.Cast.Commentators.Where(x => x != a).ToList());
        var when = DatePhrases.Recent(rng, s.Published);
        var city = s.City();
        var t = s.Place(d);
        return rng.Int(6) switch
        {
            0 => Scene.Sentence("The foreign ministers of", c.Name(a), "and", c.Name(b), "met in", city, when, "to discuss", t + "."),
            1 => Scene.Sentence(s.Speaker(a), "spoke by phone with", s.VoiceOf(b).Subject, when + rng.Either(", and the two discussed " + t + ".", ".")),
            2 => Scene.Sentence("Delegations from", c.Name(a), "and", c.Name(b), "held talks in", city, when + ",", "the first such meeting in", rng.Int(2, 14) + " months."),
            3 => Scene.Sentence(c.Name(a), "and", c.Name(b), "held a video call", when, "on the situation around", t + "."),
            4 => Scene.Sentence("The leaders of", c.Name(a), "and", c.Name(b), "met on the sidelines of a summit in", city, when + "."),
            _ => Scene.Sentence(c.Adjective(a), "and", c.Adjective(b), "officials concluded a new round of talks in", city, when, "without announcing any progress on", t + "."),
        };
    }

    private static string? Sanctions(Scene s, Dispute d)
    {
        if (!d.Occupied || d.Holder != "RUS") return null; // the sanctions of record are against Russia
        var rng = s.Rng;
        var c = s.Cast;
        var by = rng.Pick(s.Cast.Sanctioners.Where(x => x != d.Holder && c.Gazetteer.ActorByCode(x) is not null).ToList());
        var when = DatePhrases.Recent(rng, s.Published);
        var t = s.Place(d);
        return rng.Int(4) switch
        {
            0 => Scene.Sentence(c.Name(by), "imposed new sanctions on", c.Name(d.Holder), when, "over its actions in", t + "."),
            1 => Scene.Sentence(c.Name(by), "announced sanctions against", c.Adjective(d.Holder), "officials involved in running", t, when + "."),
            2 => Scene.Sentence(c.Name(by), "adopted sanctions on", c.Adjective(d.Holder), "companies operating in", t, when + "."),
            _ => Scene.Sentence(when + ",", c.Name(by), "slapped sanctions on", c.Name(d.Holder), "over", t + "."),
        };
    }

    private static string Control(Scene s, Dispute d)
    {
        var rng = s.Rng;
        var c = s.Cast;
        var t = s.Place(d);
        var h = d.Holder;
        return rng.Int(5) switch
        {
            0 => Scene.Sentence(c.Adjective(h), "forces control", d.Extent, t + "."),
            1 when d.Since is { } since && since.Before(s.Published) => Scene.Sentence(c.Name(h), "has controlled", t, "since", since.Year + "."),
            2 => Scene.Sentence(c.Name(h), "holds", d.Extent, t + ",", "while", c.Name(d.Challenger), "claims the rest."),
            3 => Scene.Sentence(c.Adjective(h), "troops now occupy", d.Extent, t + ",", "according to military analysts."),
            _ => Scene.Sentence(c.Name(h), "controls", d.Extent, t, "and has built up its presence there in recent years."),
        };
    }
}
