// Each storage test class starts Orleans test clusters of its own; running them one at a time keeps
// two clusters' start-up and shutdown from competing on a two-core machine.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
