using DbCommandBuilder = Weasel.Core.DbCommandBuilder;
using DbDataReader = System.Data.Common.DbDataReader;
using Weasel.Core;

namespace PositionTracker.Core;

/// <summary>A table this version no longer has: dropped where found, saying so in the migration's log.</summary>
internal sealed class ObsoleteTable(DbObjectName name) : ISchemaObject
{
    public DbObjectName Identifier => name;

    // Its wanted state is absence: found, it is "updated", which drops it and creates nothing.
    public void WriteCreateStatement(Migrator migrator, TextWriter writer)
    {
    }

    public void WriteDropStatement(Migrator rules, TextWriter writer)
    {
        writer.WriteLine($"-- dropping {name.QualifiedName}: documents this version no longer has (its read models are rows now)");
        writer.WriteLine($"drop table if exists {name.QualifiedName};");
    }

    public void ConfigureQueryCommand(DbCommandBuilder builder)
    {
        builder.Append("select to_regclass(");
        builder.AppendParameter(name.QualifiedName);
        builder.Append(") is not null;");
    }

    public async Task<ISchemaObjectDelta> CreateDeltaAsync(DbDataReader reader, CancellationToken ct = default) =>
        new SchemaObjectDelta(this, await reader.ReadAsync(ct) && reader.GetBoolean(0) ? SchemaPatchDifference.Update : SchemaPatchDifference.None);

    public IEnumerable<DbObjectName> AllNames() => [name];
}
