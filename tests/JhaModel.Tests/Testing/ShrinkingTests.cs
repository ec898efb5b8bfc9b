using FsCheck;
using FsCheck.Fluent;
using JhaModel.Countries;
using JhaModel.Provenance;
using JhaModel.Testing;
using Microsoft.FSharp.Collections;
using Microsoft.FSharp.Core;
using NodaTime;
using TestResult = FsCheck.TestResult;

namespace JhaModel.Tests.Testing;

/// <summary>
/// Shrinking yields minimal counterexamples: deliberately false properties are run through FsCheck, from many random
/// starts, and the counterexample FsCheck reports after shrinking is checked exactly.
/// </summary>
public sealed class ShrinkingTests
{
    private const int Starts = 20;

    [Fact]
    public void A_country_code_property_failing_from_MK_on_is_reported_with_MK()
    {
        var mk = CountryCode.NorthMacedonia;

        for (int start = 0; start < Starts; start++)
        {
            var reported = Counterexample(JhaArbitraries.CountryCode(), code => code < mk);

            Assert.Equal(mk, reported);
        }
    }

    [Fact]
    public void The_failure_message_names_the_shrunk_country_code()
    {
        var error = Assert.ThrowsAny<Exception>(() =>
            Prop.ForAll(JhaArbitraries.CountryCode(), code => code < CountryCode.Serbia).QuickCheckThrowOnFailure());

        // FsCheck prints "Shrunk:" only when it shrank: a first counterexample that is RS already is reported as is.
        var lines = error.Message.Split(Environment.NewLine);
        string original = lines[Array.IndexOf(lines, "Original:") + 1];
        int shrunk = Array.IndexOf(lines, "Shrunk:");
        Assert.Equal("RS", shrunk < 0 ? original : lines[shrunk + 1]);
    }

    [Fact]
    public void A_timeline_property_failing_on_membership_is_reported_with_one_plain_membership_event()
    {
        var expected = new EuRelationshipTimeline
        {
            Events =
            [
                new EuRelationEvent
                {
                    Kind = EuRelationEventKind.Membership,
                    Date = EventDate.On(new LocalDate(2000, 1, 1)),
                    Source = new Source { Title = "Eurojust Annual Report 2023" },
                    Confidence = Confidence.Verified,
                },
            ],
        };

        for (int start = 0; start < Starts; start++)
        {
            var reported = Counterexample(
                JhaArbitraries.EuRelationshipTimeline(),
                timeline => !timeline.Events.Any(e => e.Kind == EuRelationEventKind.Membership));

            Assert.Equal(expected, reported);
        }
    }

    [Fact]
    public void A_timeline_property_failing_on_two_events_keeps_exactly_two_valid_events()
    {
        for (int start = 0; start < Starts; start++)
        {
            var reported = Counterexample(JhaArbitraries.EuRelationshipTimeline(), timeline => timeline.Events.Count < 2);

            Assert.Equal(2, reported.Events.Count);
            Assert.True(EuRelationshipTimelineValidator.Instance.Validate(reported).IsValid, $"the shrunk timeline is invalid: {reported}");
            Assert.All(reported.Events, e =>
            {
                Assert.Null(e.DecidedBy);
                Assert.Null(e.Note);
                Assert.Equal(new Source { Title = "Eurojust Annual Report 2023" }, e.Source);
                Assert.Equal(Confidence.Verified, e.Confidence);
                Assert.Equal(EventDateKind.Day, e.Date.Kind);
            });
        }
    }

    /// <summary>Runs a property that must fail and returns the shrunk counterexample FsCheck reports.</summary>
    private static T Counterexample<T>(Arbitrary<T> arbitrary, Func<T, bool> property)
    {
        var runner = new CapturingRunner();
        Check.One(Config.Quick.WithMaxTest(JhaPropertyTests.Count).WithRunner(runner), Prop.ForAll(arbitrary, property));

        var failed = Assert.IsType<TestResult.Failed>(runner.Result);
        return (T)Assert.Single(failed.Item3);
    }

    private sealed class CapturingRunner : IRunner
    {
        public TestResult? Result { get; private set; }

        public void OnStartFixture(Type t)
        {
        }

        public void OnArguments(int ntest, FSharpList<object> args, FSharpFunc<int, FSharpFunc<FSharpList<object>, string>> every)
        {
        }

        public void OnShrink(FSharpList<object> args, FSharpFunc<FSharpList<object>, string> everyShrink)
        {
        }

        public void OnFinished(string name, TestResult testResult) => Result = testResult;
    }
}
