import * as esbuild from 'esbuild';

/**
 * Bundles browser code (UI Kit resources, the frame runtime, the host page) with esbuild.
 * Each entry keeps an incremental context, so a request after an edit rebuilds in milliseconds.
 */
export class Bundler {
  private readonly contexts = new Map<string, Promise<esbuild.BuildContext>>();

  constructor(private readonly workingDir: string) {}

  async bundle(entry: string): Promise<string> {
    let context = this.contexts.get(entry);
    if (!context) {
      context = esbuild.context({
        entryPoints: [entry],
        absWorkingDir: this.workingDir,
        bundle: true,
        write: false,
        format: 'iife',
        platform: 'browser',
        target: 'es2020',
        jsx: 'automatic',
        sourcemap: 'inline',
        logLevel: 'silent',
        define: { 'process.env.NODE_ENV': '"development"' },
      });
      this.contexts.set(entry, context);
    }
    const result = await (await context).rebuild();
    const output = result.outputFiles?.[0];
    if (!output) throw new Error(`esbuild produced no output for ${entry}`);
    return output.text;
  }

  async close(): Promise<void> {
    const all = [...this.contexts.values()];
    this.contexts.clear();
    await Promise.all(all.map(async (context) => (await context).dispose()));
  }
}
