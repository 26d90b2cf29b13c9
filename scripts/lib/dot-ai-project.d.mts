export declare const ROOT: string;
export declare const DOT_AI_PROJECT: string;
export declare function copyDotAiProject(dir: string, options?: { changelogStandIn?: boolean }): string;
