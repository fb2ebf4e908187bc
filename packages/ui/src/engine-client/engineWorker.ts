// The lab's Web Worker: the analysis layer's comlink entry, unchanged.
import '@diaspora-sim/analysis/worker';
