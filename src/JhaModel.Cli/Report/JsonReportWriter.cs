using System.Text.Encodings.Web;
using System.Text.Json;
using JhaModel.Serialization;
using JhaModel.Statistics;

namespace JhaModel.Cli.Report;

/// <summary>Writes the report as one JSON object (<c>jha report --format json</c>); the layout is in docs/cli.md.</summary>
internal static class JsonReportWriter
{
    public static void Write(JhaReport report, Stream output)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteString("source", report.Source);
        json.WriteString("asOf", Wire.Date(report.AsOf));
        if (report.Language is { } language)
        {
            json.WriteString("language", language.ToString());
        }

        json.WriteStartArray("westernBalkans");
        foreach (var country in report.Countries)
        {
            json.WriteStartObject();
            json.WriteString("code", country.Code.ToString());
            json.WriteString("name", country.Name);
            WriteLocalized(json, "name", country.Localized);
            json.WriteString("euStatus", Wire.Name(country.EuStatus));
            json.WriteStartArray("agreementsWithEu");
            foreach (var agreement in country.AgreementsWithEu)
            {
                json.WriteStartObject();
                json.WriteString("id", agreement.Id.ToString());
                json.WriteString("kind", agreement.Kind.ToString());
                json.WriteString("title", agreement.Title);
                json.WriteString("shortTitle", agreement.ShortTitle);
                json.WriteString("status", Wire.Name(agreement.Status));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            WriteStatus(json, "cets185", country.Cets185);
            WriteStatus(json, "cets224", country.Cets224);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("footnotes");
        foreach (var footnote in report.Footnotes)
        {
            json.WriteStartObject();
            json.WriteString("name", footnote.Name);
            json.WriteString("text", footnote.Text);
            WriteLocalized(json, "text", footnote.Localized);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        if (report.Cycle is { } cycle)
        {
            json.WriteStartObject("empact");
            json.WriteString("cycle", cycle.Id);
            WritePeriod(json, "period", cycle.Period);
            json.WriteStartArray("priorities");
            foreach (var priority in cycle.Priorities)
            {
                json.WriteStartObject();
                json.WriteString("key", priority.Key);
                json.WriteString("name", priority.Name);
                json.WriteBoolean("horizontal", priority.IsHorizontal);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("empact");
        }

        json.WriteStartArray("statistics");
        foreach (var line in report.Statistics)
        {
            var statistic = line.Statistic;
            json.WriteStartObject();
            json.WriteString("id", statistic.Id.ToString());
            json.WriteString("metric", statistic.Metric.ToString());
            if (statistic.MetricWording is { } wording)
            {
                json.WriteString("metricWording", wording);
            }

            json.WriteString("reportingBody", statistic.ReportingBody.ToString());
            json.WritePropertyName("scope");
            json.WriteRawValue(JhaModelJson.SerializeToUtf8Bytes(statistic.Scope));
            WritePeriod(json, "period", statistic.Period);
            json.WriteNumber("value", statistic.Value);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("notYetKnown");
        foreach (var statistic in report.NotYetKnown)
        {
            json.WriteStartObject();
            json.WriteString("id", statistic.Id.ToString());
            WritePeriod(json, "period", statistic.Period);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("comparisons");
        foreach (var comparison in report.Comparisons)
        {
            WriteComparison(json, comparison);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        output.Write("\n"u8);
    }

    private static void WriteComparison(Utf8JsonWriter json, ComparisonLine line)
    {
        json.WriteStartObject();
        json.WriteString("baseline", line.Baseline.Id.ToString());
        json.WriteString("subject", line.Subject.Id.ToString());
        json.WriteBoolean("allowed", line.Comparison is not null);
        if (line.Comparison is { } comparison)
        {
            json.WriteNumber("baselineValue", comparison.Baseline.Value);
            json.WriteNumber("subjectValue", comparison.Subject.Value);
            json.WriteNumber("change", comparison.Change);
            WriteNullableNumber(json, "relativeChange", comparison.RelativeChange);
            json.WriteBoolean("comparesUnequalPeriods", comparison.ComparesUnequalPeriods);
            WriteAnnualised(json, "byMonths", comparison.ByMonths);
            WriteAnnualised(json, "byDays", comparison.ByDays);
            json.WriteString("description", comparison.Describe());
        }
        else
        {
            json.WriteStartArray("refused");
            foreach (var difference in line.Refused)
            {
                json.WriteStartObject();
                json.WriteString("dimension", Wire.Name(difference.Dimension));
                json.WriteString("baseline", difference.Baseline);
                json.WriteString("subject", difference.Subject);
                json.WriteString("description", difference.ToString());
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void WriteAnnualised(Utf8JsonWriter json, string name, AnnualisedComparison annualised)
    {
        json.WriteStartObject(name);
        json.WriteString("basis", Wire.Name(annualised.Basis));
        json.WriteNumber("baselineRate", annualised.Baseline.Rate);
        json.WriteNumber("subjectRate", annualised.Subject.Rate);
        json.WriteNumber("change", annualised.Change);
        WriteNullableNumber(json, "relativeChange", annualised.RelativeChange);
        json.WriteEndObject();
    }

    private static void WriteNullableNumber(Utf8JsonWriter json, string name, decimal? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void WriteStatus(Utf8JsonWriter json, string name, Agreements.AgreementStatus? status)
    {
        if (status is { } value)
        {
            json.WriteString(name, Wire.Name(value));
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void WritePeriod(Utf8JsonWriter json, string name, NodaTime.DateInterval period)
    {
        json.WriteStartObject(name);
        json.WriteString("start", Wire.Date(period.Start));
        json.WriteString("end", Wire.Date(period.End));
        json.WriteEndObject();
    }

    /// <summary>For a text asked in a language: <c>{member}Language</c>, the language it is in, or <c>{member}Missing</c>, why it is in English.</summary>
    private static void WriteLocalized(Utf8JsonWriter json, string member, Countries.LocalizedText? text)
    {
        if (text?.Language is { } language)
        {
            json.WriteString(member + "Language", language.ToString());
        }
        else if (text?.Missing is { } missing)
        {
            json.WriteString(member + "Missing", missing);
        }
    }
}
