namespace PositionTracker.Domain.Articles;

/// <summary>
/// The write model of one article, folded from its own stream: the article, where its current events come from,
/// every statement as it now stands, and what re-extractions set aside. Corrections and re-extractions decide
/// from this, never from the raw stream.
/// </summary>
public sealed class ArticleHistory
{
    private readonly List<IDerivedEvent> _derived = [];
    private readonly Dictionary<Guid, StatementMade> _statements = [];
    private readonly Dictionary<Guid, StatementCorrected> _corrections = [];
    private readonly List<ArticleReextracted> _reextractions = [];

    // Every event of an article's stream is numbered by its place in it (Article.EventId), so counting them gives each one's id.
    private long _events;

    public Guid Id { get; set; }

    /// <summary>How many events the stream holds: the next event is numbered one more.</summary>
    public long Length => _events;

    public ArticleIngested? Ingested { get; private set; }

    /// <summary>Which source the article's current events come from: gold, an extractor version, or none yet.</summary>
    public string? CurrentSource { get; private set; }

    /// <summary>The derived events of the current source: what a re-extraction would set aside.</summary>
    public IEnumerable<IDerivedEvent> Current => _derived.Where(e => e.Source.DerivedBy == CurrentSource);

    /// <summary>The statement recorded under the event id, as first derived; null when the article has none such.</summary>
    public StatementMade? Statement(Guid statement) => _statements.GetValueOrDefault(statement);

    /// <summary>The latest correction of the statement, if an analyst made one.</summary>
    public StatementCorrected? LastCorrection(Guid statement) => _corrections.GetValueOrDefault(statement);

    /// <summary>The source whose events replaced this statement's own derivation, if a re-extraction did.</summary>
    public string? SupersededBy(StatementMade statement) =>
        _reextractions.FirstOrDefault(r => r.Superseded == statement.Source.DerivedBy)?.DerivedBy;

    /// <summary>The history these events make, as Marten folds the stream: for deciding from events in hand.</summary>
    public static ArticleHistory Of(IEnumerable<object> stream) => stream.Aggregate(new ArticleHistory(), (history, e) => history.Record(e));

    /// <summary>Takes in the stream's next event. The history is folded in place: it lives only as long as one decision.</summary>
    public ArticleHistory Record(object data)
    {
        _events++;
        switch (data)
        {
            case ArticleIngested ingested:
                Id = ingested.ArticleId;
                Ingested = ingested;
                CurrentSource = ingested.DerivedBy ?? CurrentSource;
                break;
            case ArticleReextracted reextracted:
                _reextractions.Add(reextracted);
                CurrentSource = reextracted.DerivedBy;
                break;
            case StatementCorrected correction:
                _corrections[correction.Statement] = correction;
                break;
            case IDerivedEvent derived:
                _derived.Add(derived);
                if (derived is StatementMade statement) _statements[Article.EventId(Id, _events)] = statement;
                CurrentSource ??= derived.Source.DerivedBy;
                break;
        }
        return this;
    }
}
