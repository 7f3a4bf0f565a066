namespace NaringslivCrm.Domain.Common;

/// <summary>The outcome of a command that returns nothing: success, or the error that refused it.</summary>
public sealed class Result
{
    private static readonly Result SuccessInstance = new(null);

    private Result(ValidationError? error) => Error = error;

    public ValidationError? Error { get; }

    public bool IsSuccess => Error is null;

    public static Result Success() => SuccessInstance;

    public static Result Failure(ValidationError error) =>
        new(error ?? throw new ArgumentNullException(nameof(error)));

    public static Result<T> Success<T>(T value) => Result<T>.FromValue(value);

    public static Result<T> Failure<T>(ValidationError error) => Result<T>.FromError(error);

    public static implicit operator Result(ValidationError error) => Failure(error);
}
