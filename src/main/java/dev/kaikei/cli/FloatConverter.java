package dev.kaikei.cli;

import picocli.CommandLine;

/** A float or cash amount in yen: digits only, 0 allowed (an empty drawer), at most 11 digits. */
final class FloatConverter implements CommandLine.ITypeConverter<Long> {

    @Override
    public Long convert(String value) {
        String v = value.strip();
        if (!v.matches("[0-9]{1,11}")) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not an amount in yen: use digits only,"
                    + " e.g. 30000 (0 for none)");
        }
        return Long.parseLong(v);
    }
}
