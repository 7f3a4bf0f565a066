using System.Diagnostics.CodeAnalysis;

namespace NaringslivCrm.Domain.Common;

/// <summary>A value, or the error that explains why there is none.</summary>
public sealed class Result<T>
{
    private readonly T? _value;

    private Result(T? value, ValidationError? error)
    {
        _value = value;
        Error = error;
    }

    public ValidationError? Error { get; }

    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Error is null;

    /// <summary>The value; throws if the result is a failure (check <see cref="IsSuccess"/> first).</summary>
    public T Value => IsSuccess ? _value! : throw new InvalidOperationException($"No value: {Error}");

    internal static Result<T> FromValue(T value) => new(value, null);

    internal static Result<T> FromError(ValidationError error) =>
        new(default, error ?? throw new ArgumentNullException(nameof(error)));

    public static implicit operator Result<T>(T value) => FromValue(value);

    public static implicit operator Result<T>(ValidationError error) => FromError(error);

    public override string ToString() => IsSuccess ? $"Success({_value})" : $"Failure({Error})";
}
