using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PositionTracker.Domain.Dates;

[JsonConverter(typeof(JsonStringEnumConverter<DatePrecision>))]
public enum DatePrecision
{
    [JsonStringEnumMemberName("year")] Year,
    [JsonStringEnumMemberName("month")] Month,
    [JsonStringEnumMemberName("day")] Day,
}

/// <summary>
/// A date known to a year, a month or a day, written YYYY, YYYY-MM or YYYY-MM-DD.
/// News reports history at whatever precision the writer knew ("in 2014", "last September").
/// </summary>
[JsonConverter(typeof(PartialDateJsonConverter))]
public readonly record struct PartialDate : IComparable<PartialDate>
{
    public int Year { get; }
    public int? Month { get; }
    public int? Day { get; }

    private PartialDate(int year, int? month, int? day) => (Year, Month, Day) = (year, month, day);

    public static PartialDate OfYear(int year) => new(year, null, null);
    public static PartialDate OfMonth(int year, int month) => new(year, month, null);
    public static PartialDate OfDay(DateOnly day) => new(day.Year, day.Month, day.Day);

    public DatePrecision Precision => Day is not null ? DatePrecision.Day
        : Month is not null ? DatePrecision.Month : DatePrecision.Year;

    /// <summary>The first day the date could stand for: where it sits on a timeline.</summary>
    public DateOnly Start => new(Year, Month ?? 1, Day ?? 1);

    /// <summary>The last day the date could stand for.</summary>
    public DateOnly End => Precision switch
    {
        DatePrecision.Day => Start,
        DatePrecision.Month => Start.AddMonths(1).AddDays(-1),
        _ => new DateOnly(Year, 12, 31),
    };

    /// <summary>Equal at the coarser of the two precisions: 2014-03-18 agrees with 2014-03 and 2014.</summary>
    public bool AgreesWith(PartialDate other)
    {
        var coarser = (DatePrecision)Math.Min((int)Precision, (int)other.Precision);
        return Truncate(coarser) == other.Truncate(coarser);
    }

    public PartialDate Truncate(DatePrecision precision) => precision switch
    {
        DatePrecision.Year => OfYear(Year),
        DatePrecision.Month when Month is not null => OfMonth(Year, Month.Value),
        DatePrecision.Day when Day is not null => this,
        _ => this,
    };

    /// <summary>Timeline order: by first day, and a coarser date before a finer one starting the same day.</summary>
    public int CompareTo(PartialDate other)
    {
        var byStart = Start.CompareTo(other.Start);
        return byStart != 0 ? byStart : Precision.CompareTo(other.Precision);
    }

    public static bool operator <(PartialDate a, PartialDate b) => a.CompareTo(b) < 0;
    public static bool operator >(PartialDate a, PartialDate b) => a.CompareTo(b) > 0;
    public static bool operator <=(PartialDate a, PartialDate b) => a.CompareTo(b) <= 0;
    public static bool operator >=(PartialDate a, PartialDate b) => a.CompareTo(b) >= 0;

    public override string ToString() => Precision switch
    {
        DatePrecision.Day => Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DatePrecision.Month => $"{Year:D4}-{Month:D2}",
        _ => $"{Year:D4}",
    };

    public static bool TryParse(string? text, out PartialDate date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var parts = text.Trim().Split('-');
        if (parts.Length > 3 || parts.Any(p => p.Length == 0 || !p.All(char.IsAsciiDigit))) return false;
        if (parts[0].Length != 4 || parts.Skip(1).Any(p => p.Length != 2)) return false;
        var year = int.Parse(parts[0], CultureInfo.InvariantCulture);
        if (year < 1) return false;
        if (parts.Length == 1) { date = OfYear(year); return true; }
        var month = int.Parse(parts[1], CultureInfo.InvariantCulture);
        if (month is < 1 or > 12) return false;
        if (parts.Length == 2) { date = OfMonth(year, month); return true; }
        var day = int.Parse(parts[2], CultureInfo.InvariantCulture);
        if (day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        date = OfDay(new DateOnly(year, month, day));
        return true;
    }

    public static PartialDate Parse(string text) => TryParse(text, out var date)
        ? date
        : throw new FormatException($"'{text}' is not a date: expected YYYY-MM-DD, YYYY-MM or YYYY");
}

public sealed class PartialDateJsonConverter : JsonConverter<PartialDate>
{
    public override PartialDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString();
        return PartialDate.TryParse(text, out var date)
            ? date
            : throw new JsonException($"'{text}' is not a date: expected YYYY-MM-DD, YYYY-MM or YYYY");
    }

    public override void Write(Utf8JsonWriter writer, PartialDate value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
