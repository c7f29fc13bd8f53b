namespace PositionTracker.Extraction;

/// <summary>A step a rule took on one sentence: what it found, or what it set aside and why.</summary>
public sealed record Note(int Sentence, string Rule, string Text);

/// <summary>Collects notes while an article is read; absent (null) when nobody asked for an explanation.</summary>
public sealed class Trace
{
    private readonly List<Note> _notes = [];

    public IReadOnlyList<Note> Notes => _notes;

    public void Add(int sentence, string rule, string text) => _notes.Add(new Note(sentence, rule, text));
}
