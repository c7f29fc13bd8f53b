namespace PositionTracker.Extraction.Text;

/// <summary>
/// Stretches of direct speech inside a paragraph: between “ and ”, or between straight double quotes.
/// A quote left open at the end of its paragraph runs to that end and is marked unclosed.
/// </summary>
public static class Quotes
{
    public readonly record struct Quote(TextSpan Inner, bool Closed);

    public static List<Quote> In(string body, TextSpan paragraph)
    {
        var quotes = new List<Quote>();
        var open = -1;
        for (var i = paragraph.Start; i < paragraph.End; i++)
        {
            var c = body[i];
            if (c == '“' || (c == '"' && open < 0 && OpensHere(body, i, paragraph)))
            {
                if (open < 0) open = i + 1;
            }
            else if ((c == '”' || c == '"') && open >= 0)
            {
                quotes.Add(new Quote(TextSpan.FromBounds(open, i), true));
                open = -1;
            }
        }
        if (open >= 0) quotes.Add(new Quote(TextSpan.FromBounds(open, paragraph.End), false));
        return quotes;
    }

    private static bool OpensHere(string body, int i, TextSpan paragraph)
    {
        var before = i > paragraph.Start ? body[i - 1] : ' ';
        var after = i + 1 < paragraph.End ? body[i + 1] : ' ';
        return !char.IsLetterOrDigit(before) && !char.IsWhiteSpace(after);
    }
}
