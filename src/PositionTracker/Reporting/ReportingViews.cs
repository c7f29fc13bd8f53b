using DbCommandBuilder = Weasel.Core.DbCommandBuilder;
using DbDataReader = System.Data.Common.DbDataReader;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using PositionTracker.Core;
using PositionTracker.Domain.Stances;
using Weasel.Core;
using Weasel.Postgresql;

namespace PositionTracker.Reporting;

/// <summary>
/// The plain-SQL read models (views over the event store, see reporting.sql) and their functions, as one schema object:
/// created when missing, and again when the script has changed.
/// </summary>
public sealed class ReportingViews : ISchemaObject
{
    public static string Script => Sql.Value.Replace("{schema}", Setup.Schema).Replace("{stance_dimensions}", StanceDimensions);

    /// <summary>The stance-to-dimension table as SQL "when" arms, from the one the domain keeps, so the views cannot drift from it.</summary>
    private static string StanceDimensions => string.Join(' ',
        Enum.GetValues<Stance>().Select(s => $"when '{s}' then '{s.DimensionOf().Name()}'"));

    private static readonly Lazy<string> Sql = new(() =>
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Reporting.reporting.sql")
            ?? throw new InvalidOperationException("Reporting/reporting.sql is not embedded in the assembly");
        return new StreamReader(stream).ReadToEnd();
    });

    /// <summary>Stamped on a view, so that a current database is left alone rather than rewritten on every start.</summary>
    private readonly string _version = "reporting.sql " + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Script)))[..16];

    public DbObjectName Identifier { get; } = new PostgresqlObjectName(Setup.Schema, "territorial_facts", SchemaUtils.IdentifierUsage.General);

    public void WriteCreateStatement(Migrator migrator, TextWriter writer)
    {
        writer.WriteLine(Script);
        writer.WriteLine($"comment on view {Identifier.QualifiedName} is '{_version}';");
    }

    public void WriteDropStatement(Migrator rules, TextWriter writer) =>
        writer.WriteLine($"drop view if exists {Identifier.QualifiedName}, {Setup.Schema}.stance_statements;");

    public void ConfigureQueryCommand(DbCommandBuilder builder)
    {
        builder.Append("select obj_description(to_regclass(");
        builder.AppendParameter(Identifier.QualifiedName);
        builder.Append("), 'pg_class');");
    }

    public async Task<ISchemaObjectDelta> CreateDeltaAsync(DbDataReader reader, CancellationToken ct = default)
    {
        var stamped = await reader.ReadAsync(ct) && !await reader.IsDBNullAsync(0, ct) ? reader.GetString(0) : null;
        return new SchemaObjectDelta(this, stamped == _version ? SchemaPatchDifference.None
            : stamped is null ? SchemaPatchDifference.Create : SchemaPatchDifference.Update);
    }

    public IEnumerable<DbObjectName> AllNames() => [Identifier];
}

