using JhaModel.Testing;
using JhaModel.Tests.Support;

// Every property runs JhaPropertyTests.Count cases: 1,000, or more when JHA_PROPERTY_TESTS asks for more.
[assembly: JhaProperties(Arbitrary = [typeof(JhaArbitraries)])]
