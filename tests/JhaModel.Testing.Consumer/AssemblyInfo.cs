using FsCheck.Xunit;
using JhaModel.Testing;

[assembly: Properties(Arbitrary = [typeof(JhaArbitraries)])]
