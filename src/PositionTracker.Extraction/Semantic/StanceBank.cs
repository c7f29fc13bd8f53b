using System.Security.Cryptography;
using System.Text;
using PositionTracker.Domain.Stances;

namespace PositionTracker.Extraction.Semantic;

/// <summary>One sentence of the stance bank: what it says, and the stance it states (null: none).</summary>
public sealed record BankSentence(Stance? Stance, string Text, string Where);

/// <summary>
/// The stance bank (Semantic/Bank/*.tsv): sentences written for the project, names replaced by plain words, each
/// labelled with the one stance it states or <c>none</c>. The reader's weights are trained from it, and carry its
/// fingerprint so that a test can tell when they no longer match it.
/// </summary>
public static class StanceBank
{
    public static IReadOnlyList<BankSentence> Read(string folder)
    {
        var sentences = new List<BankSentence>();
        foreach (var file in Files(folder))
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i].Trim();
                if (line.Length == 0 || line.StartsWith('#')) continue;
                var where = $"{Path.GetFileName(file)}:{i + 1}";
                var tab = line.IndexOf('\t');
                if (tab <= 0) throw new FormatException($"{where}: expected a label, a tab and a sentence");
                var label = line[..tab].Trim();
                Stance? stance = label == "none" ? null
                    : Enum.TryParse<Stance>(label, out var s) ? s
                    : throw new FormatException($"{where}: unknown label '{label}' (a stance name or none)");
                sentences.Add(new BankSentence(stance, line[(tab + 1)..].Trim(), where));
            }
        }
        return sentences;
    }

    /// <summary>A digest of the labelled sentences, in order: what the weights were trained from.</summary>
    public static string Fingerprint(IReadOnlyList<BankSentence> sentences)
    {
        var text = new StringBuilder();
        foreach (var s in sentences) text.Append(s.Stance?.ToString() ?? "none").Append('\t').Append(s.Text).Append('\n');
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static IEnumerable<string> Files(string folder) =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*.tsv").Order(StringComparer.Ordinal)
            : throw new DirectoryNotFoundException($"{folder}: no stance bank here (expected *.tsv files)");
}
