using Marten;
using PositionTracker.Reporting;
using Weasel.Core;
using Weasel.Core.Migrations;
using Weasel.Postgresql;

namespace PositionTracker.Core;

/// <summary>
/// The tracker's own part of the schema beside Marten's: the plain-SQL read models (see reporting.sql), and the removal of
/// tables an older version kept. A feature of the store, so that <c>db-apply</c> applies it as every start does; Marten
/// applies it after its own tables, which the views read.
/// </summary>
public sealed class TrackerSchema(StoreOptions options) : FeatureSchemaBase("PositionTracker", options.Advanced.Migrator)
{
    /// <summary>Documents that no longer exist: the territory and talks logs, before facts and talks became rows.</summary>
    private static readonly string[] ObsoleteTables = ["mt_doc_territoryfacts", "mt_doc_talkslog"];

    protected override IEnumerable<ISchemaObject> schemaObjects() =>
        ObsoleteTables.Select(t => (ISchemaObject)new ObsoleteTable(new PostgresqlObjectName(Setup.Schema, t, SchemaUtils.IdentifierUsage.General)))
            .Append(new ReportingViews());
}

