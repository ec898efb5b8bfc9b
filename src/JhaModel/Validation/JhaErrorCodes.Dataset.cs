namespace JhaModel.Validation;

/// <content>The codes of loading and layering reference datasets.</content>
public static partial class JhaErrorCodes
{
    /// <summary><c>JHA-DST-001</c>: a dataset or a layer holds operational action plans, which are not reference data.</summary>
    public const string DatasetHoldsActionPlans = "JHA-DST-001";

    private static IEnumerable<ErrorCodeInfo> DatasetArea() =>
    [
        Info(DatasetHoldsActionPlans, nameof(DatasetHoldsActionPlans), "Dataset", "A dataset or a layer holds reference data only: operational action plans are read as documents, against a dataset.") with { Stage = ErrorStage.DocumentCheck },
    ];
}
