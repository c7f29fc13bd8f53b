namespace PositionTracker.Extraction.Dates;

internal enum DateTokenKind : byte { Word, Number, Punct }

/// <summary>A word, a number or one punctuation character, with its character span in the text.</summary>
internal struct DateToken
{
    public int Start;
    public int End;
    public DateTokenKind Kind;
    public DateLex Lex;    // words only
    public int Value;      // word: lexicon value; number: its value (first nine digits)
    public int Digits;     // numbers only
    public bool Ordinal;   // "15th"
    public bool Complex;   // "2,000", "96.8", "5:30", "16x9", "1990s", "F16": never a day or a year
    public bool Upper;     // words: first letter capitalized
    public char Ch;        // punctuation only
}
