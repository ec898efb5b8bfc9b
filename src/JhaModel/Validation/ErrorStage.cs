namespace JhaModel.Validation;

/// <summary>When a code can be reported. The numeric values never change.</summary>
public enum ErrorStage
{
    /// <summary>By a validator, on a model value (a rule of the model).</summary>
    Validation = 1,

    /// <summary>While reading JSON, before any model value exists (syntax, types, unknown members, limits, …).</summary>
    Reading = 2,

    /// <summary>By the checks that span a whole exchange document (unique identifiers, references that resolve).</summary>
    DocumentCheck = 3,
}
