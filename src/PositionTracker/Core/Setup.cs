using JasperFx;
using JasperFx.CodeGeneration;
using JasperFx.Events;
using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Marten;
using PositionTracker.Articles;
using PositionTracker.Domain.Articles;
using PositionTracker.Domain.Catalog;
using PositionTracker.Domain.Positions;
using PositionTracker.Domain.Talks;
using PositionTracker.Domain.Territories;
using PositionTracker.Evaluating;
using PositionTracker.Extracting;
using PositionTracker.Extraction;
using PositionTracker.Extraction.Semantic;
using PositionTracker.Extraction.Evaluation;
using PositionTracker.Ingesting;
using PositionTracker.Positions;
using PositionTracker.Rebuilding;
using PositionTracker.Reextracting;
using PositionTracker.Reporting;
using PositionTracker.Talks;
using PositionTracker.Territories;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging.Console;
using Npgsql;
using System.Text.Json.Serialization;
using Weasel.Core;
using Wolverine;
using Wolverine.Marten;

namespace PositionTracker.Core;

/// <summary>The one place Marten and Wolverine are wired; every slice registers itself from here.</summary>
public static class Setup
{
    public const string DatabaseVariable = "POSITIONTRACKER_DB";
    public const string Schema = "positiontracker";

    public static readonly IProjectionSource<IDocumentOperations, IQuerySession>[] Projections =
        [new ArticleRecordProjection(), new TalksRecordsProjection(),
            new StatementRecordsProjection(), new FactRecordsProjection()];

    /// <param name="queriesOnly">
    /// For the verbs that only read: they take the schema as they find it, without the round of catalog queries that checking
    /// it costs each table on every run. The verbs that write, <c>serve</c> and <c>db-apply</c> create and update it.
    /// </param>
    public static IHostApplicationBuilder AddPositionTracker(this IHostApplicationBuilder builder, bool queriesOnly = false)
    {
        builder.Services.AddSingleton(Gazetteer.Default);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Logging.AddConsole(o => o.FormatterName = BoundedLog.FormatterName).AddConsoleFormatter<BoundedLog, ConsoleFormatterOptions>();
        builder.Services.AddSingleton<Evaluation>().AddSingleton<Explanation>();
        // The semantic stance reader's model loads only where the configuration asks for the reader and an article is read.
        builder.Services.AddSingleton(services => new ExtractionSettings
        {
            Semantic = services.GetRequiredService<IConfiguration>().GetValue<bool>(ExtractionSettings.SemanticKey),
        });
        builder.Services.AddSingleton<SentenceEmbedder>();
        builder.Services.AddSingleton(services => new Extractor(services.GetRequiredService<Gazetteer>(),
            services.GetRequiredService<ExtractionSettings>().Semantic
                ? new SemanticStanceReader(StanceClassifier.Shipped, services.GetRequiredService<SentenceEmbedder>())
                : null));

        // Read when the store is first needed, so every configuration source (a test host's included) has had its say.
        builder.Services.AddMarten(services => StoreOptionsFor(services.GetRequiredService<IConfiguration>()[DatabaseVariable], queriesOnly))
            .UseLightweightSessions()
            .IntegrateWithWolverine()
            // Before the daemon starts: otherwise it and the first query race to create the same tables.
            .ApplyAllDatabaseChangesOnStartup()
            // The shared read models are built by Marten's daemon, on one node at a time: the one holding its lock.
            .AddAsyncDaemon(DaemonMode.HotCold);

        builder.UseWolverine(opts =>
        {
            opts.ApplicationAssembly = typeof(Setup).Assembly;
            // Handlers and endpoints run the code checked in under Internal/Generated (ops/codegen writes it): compiling it at
            // start-up took Roslyn seconds on every process, and the tests, which run this same setting, keep it current.
            opts.CodeGeneration.TypeLoadMode = TypeLoadMode.Static;
            // Wolverine is the command pipeline here, not a message broker: no queues, no outbox agents.
            opts.Durability.Mode = DurabilityMode.MediatorOnly;
            opts.Policies.AutoApplyTransactions();
        });

        builder.Services.AddIngesting().AddPositions().AddSingleton<Rebuilder>().AddSingleton<Reextractor>();
        return builder;
    }

    /// <summary>The configured connection string, or what to set when there is none.</summary>
    public static string ConnectionString(string? configured) => string.IsNullOrWhiteSpace(configured)
        ? throw new InvalidOperationException(
            $"No database configured. Set {DatabaseVariable} to a PostgreSQL connection string " +
            "(Host=...;Port=...;Database=...;Username=...;Password=...), or run through ops/positiontracker, " +
            "which starts a local PostgreSQL of the project's own when none is configured.")
        : configured;

    /// <summary>How documents are written and read, by the store and by the query verbs' SQL alike (see NpgsqlReadModelSql).</summary>
    public static Marten.ISerializer Serializer()
    {
        var serializer = new Marten.Services.SystemTextJsonSerializer { EnumStorage = EnumStorage.AsString };
        // An absent member reads back as null, so a null is not written: events and rows are smaller by every one left out.
        serializer.Configure(json => json.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull);
        return serializer;
    }

    private static StoreOptions StoreOptionsFor(string? connectionString, bool queriesOnly)
    {
        var opts = new StoreOptions();
        // Marten sends the same few statements again and again (an append, a record's upsert, a daemon page): prepared on a
        // connection once they repeat, they skip being parsed and planned each time, and stay prepared while it is pooled.
        var connection = new NpgsqlConnectionStringBuilder(ConnectionString(connectionString));
        if (connection.MaxAutoPrepare == 0) connection.MaxAutoPrepare = 50;
        opts.Connection(connection.ConnectionString);
        opts.DatabaseSchemaName = Schema;
        opts.Serializer(Serializer());
        opts.AutoCreateSchemaObjects = queriesOnly ? AutoCreate.None : AutoCreate.CreateOrUpdate;
        // Weasel otherwise asks the lock library for multiplexed locks it cannot give (see README "Packages").
        opts.Events.UseAdvisoryLockTransaction = true;
        opts.Events.StreamIdentity = StreamIdentity.AsGuid;
        // No read model asks when a row was written or what .NET type it is: the columns Marten keeps for that would only add
        // to every row written and stored.
        opts.Policies.DisableInformationalFields();
        // A rebuild's batches of plain inserts go to the read models' tables by binary COPY.
        opts.Projections.RebuildWithBulkCopy = true;
        opts.Events.AddEventTypes([
            typeof(ArticleIngested), typeof(ArticleReextracted), typeof(StatementCorrected), typeof(StatementMade), typeof(TerritoryAnnexed), typeof(ReferendumHeld),
            typeof(TalksHeld), typeof(SanctionsImposed), typeof(ControlReported),
        ]);

        // An article's own record is written with it. The read models many articles share (statement and fact rows, a territory,
        // the talks) are folded by the daemon in batches, so that ingesting does not rewrite them once per article.
        opts.Projections.Add(Projections[0], ProjectionLifecycle.Inline);
        // What corrections and re-extractions decide from: one article's stream, folded when a handler loads it.
        opts.Projections.Add(new ArticleHistoryProjection(), ProjectionLifecycle.Live);
        // A position on a date reads the latest statement day of each dimension, walking this index backwards from the date;
        // corrections and re-extractions close records by event or article. The actors on a territory, and the territories of
        // an actor, are read by skipping through the first two columns of (territory, actor) and (actor, territory).
        opts.Schema.For<StatementRecord>()
            .Index([r => r.Actor, r => r.Territory, r => r.Dimension, r => r.StatedFrom])
            .Index([r => r.Territory, r => r.Actor]).Index(r => r.Event).Index(r => r.Article);
        opts.StoreFactRecords();
        // The views for BI tools, and the removal of tables an older version left: applied with Marten's own, by db-apply too.
        opts.Storage.Add(new TrackerSchema(opts));
        // Talks are read a page of days at a time, everyone's or one party's (a containment test on the parties), and a page's
        // meetings gather their reports by parties and year.
        opts.Schema.For<TalksRecord>()
            .Index(r => r.HeldFrom).Index([r => r.PartiesKey, r => r.HeldFrom]).Index(r => r.Article)
            .GinIndexJsonDataMember(r => r.Parties);
        foreach (var projection in Projections[1..]) opts.Projections.Add(projection, ProjectionLifecycle.Async);
        return opts;
    }
}
