using Informatica2Spark.Core.Diagnostics;

namespace Informatica2Spark.Core.Validation.References;

/// <summary>A shortcut whose target is not in the export is reported: conversion will treat the object as external.</summary>
public sealed class ShortcutTargetRule : IReferenceRule
{
    public void Check(ReferenceIndex index, DiagnosticBag diagnostics)
    {
        foreach (var folder in index.Folders)
        {
            foreach (var shortcut in folder.Shortcuts.Values)
            {
                if (index.Folder(shortcut.FolderName) is { } target && target.Has(shortcut.ObjectType, shortcut.RefObjectName))
                {
                    continue;
                }

                diagnostics.Add(DiagnosticCodes.ShortcutExternal,
                    $"shortcut '{shortcut.Name}' points to {shortcut.ObjectType.ToString().ToLowerInvariant()} '{shortcut.RefObjectName}' in folder '{shortcut.FolderName}', which is not in this export; export that folder too to convert it",
                    index.Locate(shortcut.Position, shortcut.Path));
            }
        }
    }
}
