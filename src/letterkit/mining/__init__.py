"""Mining past letters: read them (sources), guess their metadata, find their asks, group the
asks into recurring families and merge those into the clause library."""
