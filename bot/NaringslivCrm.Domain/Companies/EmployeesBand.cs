namespace NaringslivCrm.Domain.Companies;

/// <summary>Number of employees in SCB's size bands (storleksklass).</summary>
public enum EmployeesBand
{
    Unknown = 0,
    None = 1,
    From1To4 = 2,
    From5To9 = 3,
    From10To19 = 4,
    From20To49 = 5,
    From50To99 = 6,
    From100To199 = 7,
    From200To499 = 8,
    From500 = 9,
}
