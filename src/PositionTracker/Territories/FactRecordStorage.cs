using Marten;
using PositionTracker.Domain.Territories;
using Weasel.Postgresql.Tables;

namespace PositionTracker.Territories;

/// <summary>
/// The fact rows' columns and index. A territory's facts are counted from the index alone (an index-only scan: no document
/// is parsed), and only the rows an answer cites are read, each fact's first in source order, by the same index.
/// </summary>
public static class FactRecordStorage
{
    /// <summary>What the counts group and filter by, and the sample's order: duplicated into columns of their own.</summary>
    private static readonly string[] Columns =
    [
        nameof(FactRecord.Territory), nameof(FactRecord.Kind), nameof(FactRecord.Fact), nameof(FactRecord.Reported),
        nameof(FactRecord.Detail), nameof(FactRecord.Published), nameof(FactRecord.Outlet), nameof(FactRecord.Article),
        nameof(FactRecord.RecordedAt), nameof(FactRecord.SupersededAt),
    ];

    public static StoreOptions StoreFactRecords(this StoreOptions opts)
    {
        // Duplicate() would give every column an index of its own, ten indexes to write per row; the reads need one.
        opts.Policies.ForAllDocuments(m =>
        {
            if (m.DocumentType != typeof(FactRecord)) return;
            foreach (var column in Columns) m.DuplicateField(column);
        });
        // Grouped as the tallies group, then in source order (Source.Ordered: published, then outlet ordinal with none first;
        // the collation and nulls order apply to the last column), so that a sample stops after its first rows; what else
        // a count or a sample's filter reads rides along, so that counting never visits the table.
        opts.Schema.For<FactRecord>()
            .Index([r => r.Territory, r => r.Kind, r => r.Fact, r => r.Reported, r => r.Detail, r => r.Published, r => r.Outlet!], i =>
            {
                i.Name = "mt_doc_factrecord_idx_tallies";
                i.Collation = "C";
                i.NullsSortOrder = NullsSortOrder.First;
                i.IncludeColumns = ["article", "recorded_at", "superseded_at"];
            })
            // Re-extraction sets aside an article's rows.
            .Index(r => r.Article);
        return opts;
    }
}
